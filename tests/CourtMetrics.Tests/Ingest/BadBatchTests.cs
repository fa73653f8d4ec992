using System.Net;
using System.Net.Http.Headers;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// Each file of BadBatches/ is refused as a whole: the status and the problem naming every bad item (its index in
/// items, its kind), field and reason; and the facts are exactly as before.
/// </summary>
public sealed class BadBatchTests(IngestApiApp app) : IClassFixture<IngestApiApp>
{
    [Theory]
    [InlineData("unknown-court.json", 400, "items[1] (case_filed), field court: unknown court code ('X-9')")]
    [InlineData("unknown-category.json", 400, "items[0] (case_corrected), field category: unknown case category code ('maritime')")]
    [InlineData("future-date.json", 400, "items[0] (hearing), field held_on: date in the future ('2999-01-01')")]
    [InlineData("impossible-date.json", 400, "items[1] (case_filed), field filed_on: not a date (yyyy-mm-dd) ('2023-02-30')")]
    [InlineData("disposition-before-filing.json", 400, "items[0] (case_disposed), field disposed_on: disposed before it was filed ('2023-01-01')")]
    [InlineData("negative-amount.json", 400, "items[1] (budget_line), field spent: negative amount ('-5')")]
    [InlineData("malformed.json", 400, "The body is not valid JSON")]
    [InlineData("not-a-batch.json", 400, "a JSON object with an array 'items'")]
    [InlineData("unknown-case.json", 400, "items[2] (case_disposed), field case_id: unknown case: this source system never sent its case_filed ('never-sent')")]
    [InlineData("duplicate-ids.json", 400, "items[0] (case_filed), field case_id: duplicate id within the batch with different values ('d-1 (items 0, 2)')|items[2] (case_filed), field case_id: duplicate id within the batch with different values ('d-1 (items 0, 2)')")]
    [InlineData("too-many-items.json", 413, "The batch has 11 items; at most 10")]
    [InlineData("court-not-served.json", 400, "items[1] (portal_use), field court: a court this API key may not send items for ('S-1')", "N-1")]
    [InlineData("missing-field.json", 400, "items[0] (hearing), field mode: required value missing")]
    [InlineData("unknown-field.json", 400, "items[0] (case_filed), field filedOn: not a field of case_filed ('\"2024-02-01\"')|items[0] (case_filed), field filed_on: required value missing")]
    [InlineData("unstorable-values.json", 400, "3 of 3 items are bad" +
        "|items[0] (case_filed), field filing_channel: text that cannot be stored: a NUL character" +
        "|items[1] (hearing), field hearing_id: text that cannot be stored: a NUL character (\\u0000) or half of a surrogate pair" +
        "|items[2] (portal_use), field visits: number out of range (at most 1,000 characters, exponent from -1,000 to 1,000) ('1e999999')")]
    [InlineData("unknown-kind.json", 400, "items[0] (case_archived), field kind: unknown kind")]
    [InlineData("several-bad-items.json", 400, "4 of 5 items are bad" +
        "|items[0] (case_filed), field filing_channel: not electronic or paper ('fax')" +
        "|items[2] (hearing), field mode: not in_person or video ('telepathy')" +
        "|items[3] (portal_use), field visits: negative number ('-3')" +
        "|items[4] (judgment_published), field published_on: published before the case was filed ('2023-01-01')")]
    public async Task A_bad_batch_is_refused_naming_every_bad_item_and_field_and_changes_nothing(string file, int status, string expected,
        string? servedCourt = null)
    {
        using var client = servedCourt is null ? await app.SourceSystemAsync() : await app.SourceSystemAsync("fixture", servedCourt);
        var before = await app.StoredFactsAsync();

        var body = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(IngestApiApp.BadBatches, file)));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await client.PostAsync("/api/ingest/batches", body);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await IngestApiApp.JsonAsync(response)).GetProperty("detail").GetString();
        foreach (var part in expected.Split('|')) Assert.Contains(part, detail);
        Assert.Equal(before, await app.StoredFactsAsync());
    }
}
