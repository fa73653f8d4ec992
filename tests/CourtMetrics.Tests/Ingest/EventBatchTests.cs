using System.Net;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Ingest;

/// <summary>Batches of every kind through POST /api/ingest/batches: what is written, and that sending again changes nothing.</summary>
[Trait("Calendar", "today")]
public sealed class EventBatchTests(IngestApiApp app) : IClassFixture<IngestApiApp>
{
    [Fact]
    public async Task A_batch_of_every_kind_is_written_in_order_and_counted_per_kind()
    {
        using var client = await app.SourceSystemAsync("cms-a");
        var response = await IngestApiApp.SendAsync(client,
            new { kind = "case_filed", case_id = "a-1", court = "N-1", category = "civil", filed_on = "2024-02-01", filing_channel = "electronic" },
            new { kind = "case_filed", case_id = "a-2", court = "N-1", category = "civil", filed_on = "2024-02-03", filing_channel = "paper", ai_assisted = true },
            new { kind = "case_disposed", case_id = "a-1", disposed_on = "2024-05-01" },
            new { kind = "case_disposed", case_id = "a-2", disposed_on = "2024-05-02" },
            new { kind = "case_reopened", case_id = "a-2" },
            new { kind = "case_corrected", case_id = "a-1", category = "criminal", filing_channel = "paper" },
            new { kind = "judgment_published", case_id = "a-1", published_on = "2024-05-03" },
            new { kind = "hearing", hearing_id = "h-1", case_id = "a-1", court = "N-1", held_on = "2024-04-01", mode = "video" },
            new { kind = "budget_line", line_id = "b-1", court = "N-2", fiscal_year = 2024, item = "technology", allocated = 1000.5, spent = 20.25, booked_on = "2024-03-01" },
            new { kind = "portal_use", court = "S-1", day = "2024-03-01", visits = 77 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await IngestApiApp.JsonAsync(response);
        Assert.Equal(10, receipt.GetProperty("items").GetInt32());
        var accepted = receipt.GetProperty("accepted");
        Assert.Equal((2, 2, 1, 1, 1), (accepted.GetProperty("case_filed").GetInt32(), accepted.GetProperty("case_disposed").GetInt32(),
            accepted.GetProperty("case_reopened").GetInt32(), accepted.GetProperty("hearing").GetInt32(), accepted.GetProperty("portal_use").GetInt32()));
        Assert.Equal(2, receipt.GetProperty("written").GetProperty("cases").GetInt32());
        Assert.Equal("criminal paper 2024-05-01 2024-05-03 | civil paper - true",
            await app.ScalarAsync<string>("""
                SELECT string_agg(k.code || ' ' || c.filing_channel || ' ' || coalesce(c.disposed_on::text, '-') || ' '
                                  || coalesce(c.judgment_published_on::text, c.ai_assisted::text), ' | ' ORDER BY c.source_id)
                FROM cases c JOIN case_categories k ON k.id = c.category_id WHERE c.source_system = 'cms-a'
                """));
        Assert.Equal("12 2024 technology 1000.50 20.25 | video 11 a-1 | 21 77",
            await app.ScalarAsync<string>("""
                SELECT (SELECT court_id || ' ' || fiscal_year || ' ' || item || ' ' || allocated || ' ' || spent FROM budget_lines WHERE source_system = 'cms-a')
                    || ' | ' || (SELECT h.mode || ' ' || h.court_id || ' ' || c.source_id FROM hearings h JOIN cases c ON c.id = h.case_id WHERE h.source_system = 'cms-a')
                    || ' | ' || (SELECT court_id || ' ' || visits FROM portal_use WHERE day = '2024-03-01')
                """));
    }

    [Fact]
    public async Task A_batch_sent_twice_changes_nothing_neither_facts_nor_aggregates()
    {
        using var client = await app.SourceSystemAsync("cms-b");
        object[] batch =
        [
            new { kind = "case_filed", case_id = "b-1", court = "S-1", category = "civil", filed_on = Day(1, 2), filing_channel = "electronic" },
            new { kind = "case_filed", case_id = "b-1", court = "S-1", category = "civil", filed_on = Day(1, 2), filing_channel = "electronic" },
            new { kind = "case_disposed", case_id = "b-1", disposed_on = Day(1, 20) },
            new { kind = "hearing", hearing_id = "bh-1", court = "S-1", held_on = Day(1, 10), mode = "in_person" },
            new { kind = "budget_line", line_id = "bb-1", court = "S-1", fiscal_year = Start(1).Year, item = "personnel", allocated = 500, spent = 40, booked_on = Day(1, 3) },
            new { kind = "portal_use", court = "S-1", day = Day(1, 4), visits = 12 },
        ];
        var first = await IngestApiApp.SendAsync(client, batch);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await IngestApiApp.JsonAsync(first)).GetProperty("accepted").GetProperty("case_filed").GetInt32());
        await app.AggregateAsync();
        var (facts, aggregates) = (await app.StoredFactsAsync(), await app.AggregatesAsync());

        var second = await IngestApiApp.SendAsync(client, batch);
        await app.AggregateAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var written = (await IngestApiApp.JsonAsync(second)).GetProperty("written");
        Assert.All(written.EnumerateObject(), table => Assert.Equal(0, table.Value.GetInt32()));
        Assert.Equal(facts, await app.StoredFactsAsync());
        Assert.Equal(aggregates, await app.AggregatesAsync());
        Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_system = 'cms-b'"));
    }

    [Fact]
    public async Task Ids_belong_to_the_keys_source_system_so_another_system_cannot_dispose_its_cases()
    {
        using var other = await app.SourceSystemAsync("cms-other");

        var response = await IngestApiApp.SendAsync(other, new { kind = "case_disposed", case_id = "stored-1", disposed_on = "2024-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("items[0] (case_disposed), field case_id: unknown case", (await IngestApiApp.JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_limited_to_courts_sends_for_them()
    {
        using var client = await app.SourceSystemAsync("cms-c", "S-1");

        var response = await IngestApiApp.SendAsync(client, new { kind = "portal_use", court = "S-1", day = "2024-06-01", visits = 3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, await app.ScalarAsync<int>("SELECT visits FROM portal_use WHERE court_id = 21 AND day = '2024-06-01'"));
    }

    [Fact]
    public async Task A_correction_that_would_put_the_filing_after_the_stored_disposition_is_refused_on_that_item()
    {
        using var client = await app.SourceSystemAsync("cms-d");
        Assert.Equal(HttpStatusCode.OK, (await IngestApiApp.SendAsync(client,
            new { kind = "case_filed", case_id = "d-1", court = "N-2", category = "civil", filed_on = "2024-01-10", filing_channel = "paper" },
            new { kind = "case_disposed", case_id = "d-1", disposed_on = "2024-02-01" })).StatusCode);

        var refused = await IngestApiApp.SendAsync(client,
            new { kind = "portal_use", court = "N-2", day = "2024-02-02", visits = 9 },
            new { kind = "case_corrected", case_id = "d-1", filed_on = "2024-03-01" });
        var reopenedFirst = await IngestApiApp.SendAsync(client,
            new { kind = "case_reopened", case_id = "d-1" },
            new { kind = "case_corrected", case_id = "d-1", filed_on = "2024-03-01" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("items[1] (case_corrected), field disposed_on: disposed before it was filed ('2024-02-01')",
            (await IngestApiApp.JsonAsync(refused)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, reopenedFirst.StatusCode);
        Assert.Equal("2024-03-01 -", await app.ScalarAsync<string>(
            "SELECT filed_on || ' ' || coalesce(disposed_on::text, '-') FROM cases WHERE source_system = 'cms-d'"));
        Assert.Equal(0, await app.ScalarAsync<int>("SELECT count(*) FROM portal_use WHERE court_id = 12 AND day = '2024-02-02'"));
    }
}
