using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Ingest;
using CourtMetrics.Tests.Ingest.Fuzz;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Ingest;

/// <summary>IngestApiApp with room for a few hundred batches of one key, and a 64 KiB cap on uploaded files.</summary>
public sealed class IngestFuzzApp : IngestApiApp
{
    public IngestFuzzApp()
    {
        With("Security:BatchesPerWindow", "1000000");
        With("Ingest:MaxFileBytes", MaxBodyBytes.ToString());
    }
}

/// <summary>
/// Random CSV files (through the import service the command line uses, and every fourth through the upload endpoint)
/// and random batch bodies (POST /api/ingest/batches): never a server error, a refusal always a 4xx ProblemDetails
/// that says what is wrong, a refused input changes no fact, an accepted one changes exactly what its report says,
/// and an input made only of good rows or items is accepted whole. Seeded: COURTMETRICS_FUZZ_SEED=n repeats a run.
/// </summary>
[Trait("Calendar", "today")]
public sealed class IngestFuzzTests(IngestFuzzApp app) : IClassFixture<IngestFuzzApp>
{
    private const int CsvCases = 160;
    private const int JsonCases = 300;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("COURTMETRICS_FUZZ_SEED"), out var s) ? s : 20261201;

    private sealed record Outcome(bool Written, long RowsInserted, long RowsUpdated, long RowsRejected, string Message);
    private sealed record Status(Guid Id, string Phase, Outcome? Report, string? Error);

    [Fact]
    public async Task Random_csv_files_are_imported_or_refused_whole_and_never_fail_on_the_server()
    {
        var random = new Random(Seed);
        using var administrator = await app.AdministratorClientAsync();
        for (var n = 0; n < CsvCases; n++)
        {
            var input = CsvFuzz.Next(random, n);
            string Case(string what) => $"seed {Seed} (COURTMETRICS_FUZZ_SEED={Seed}), case {n}: {what}\n{input.Preview()}";
            var before = await FuzzFacts.ReadAsync(app);
            var extra = input.Clean ? "" : CsvFuzz.UploadExtras[random.Next(CsvFuzz.UploadExtras.Length)];
            var outcome = n % 4 == 0 ? await UploadAsync(administrator, input, extra, Case) : await ImportAsync(input, Case);
            var after = await FuzzFacts.ReadAsync(app);

            if (outcome is null || !outcome.Written)
            {
                Assert.True(after.ChangesSince(before) == "", Case($"refused ({outcome?.Message}) but changed {after.ChangesSince(before)}"));
                Assert.False(input.Clean, Case($"a file of good rows was refused: {outcome?.Message}"));
                continue;
            }
            var table = input.Kind switch { "cases" => "cases", "budget-lines" => "budget_lines", "reports" => "reported_statistics", _ => "yearly_statistics" };
            var changes = after.ChangesSince(before);
            Assert.True(after.Since(before, table) == ((int)outcome.RowsInserted, (int)outcome.RowsUpdated, 0),
                Case($"the report says {outcome.RowsInserted} inserted and {outcome.RowsUpdated} updated, the facts changed: {changes}"));
            Assert.True(FuzzFacts.Tables.All(t => t.Table == table || t.Table == "statistics_units" || after.Since(before, t.Table) == (0, 0, 0)),
                Case($"an import of {input.Kind} changed other facts: {changes}"));
            if (input.Clean)
                Assert.True((outcome.RowsInserted, outcome.RowsRejected) == (input.Rows, 0), Case($"good rows were not all written: {outcome.Message}"));
        }
    }

    [Fact]
    public async Task Random_batches_are_written_or_refused_whole_and_never_fail_on_the_server()
    {
        var random = new Random(Seed);
        using var client = await app.SourceSystemAsync();
        for (var n = 0; n < JsonCases; n++)
        {
            var input = JsonFuzz.Next(random, n, IngestApiApp.MaxItems, IngestApiApp.MaxBodyBytes);
            string Case(string what) => $"seed {Seed} (COURTMETRICS_FUZZ_SEED={Seed}), case {n}: {what}\n{input.Preview()}";
            var before = await FuzzFacts.ReadAsync(app);
            var body = new ByteArrayContent(input.Body);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync("/api/ingest/batches", body);
            var answer = await response.Content.ReadAsStringAsync();
            var after = await FuzzFacts.ReadAsync(app);
            var changes = after.ChangesSince(before);

            if (response.StatusCode != HttpStatusCode.OK)
            {
                AssertProblem(response, answer, Case);
                Assert.True(changes == "", Case($"refused ({answer}) but changed {changes}"));
                Assert.False(input.Clean, Case($"a batch of good items was refused: {answer}"));
                continue;
            }
            var written = JsonDocument.Parse(answer).RootElement.GetProperty("written");
            long Written(string what) => written.GetProperty(what).GetInt64();
            foreach (var table in new[] { "hearings", "budget_lines", "portal_use" })
                Assert.True(after.Since(before, table) is (var added, var changed, 0) && added + changed == Written(table),
                    Case($"the receipt says {Written(table)} {table} written ({answer}), the facts changed: {changes}"));
            var cases = after.Since(before, "cases");
            Assert.True(cases.Removed == 0 && cases.Added + cases.Changed >= Written("cases")
                        && cases.Added + cases.Changed <= Written("cases") + Written("judgments_published"),
                Case($"the receipt ({answer}) does not match the cases written: {changes}"));
            Assert.True(after.Since(before, "statistics_units") == (0, 0, 0) && after.Since(before, "yearly_statistics") == (0, 0, 0), Case(changes));
            if (input.Clean)
                Assert.True(await StoredAsync(input) == (input.CaseIds.Count, input.HearingIds.Count, input.LineIds.Count),
                    Case($"an accepted batch of good items is not all stored ({answer})"));
        }
    }

    private async Task<Outcome?> ImportAsync(CsvCase input, Func<string, string> failure)
    {
        try
        {
            var report = await app.Get<CsvImport>().ImportAsync(new MemoryStream(input.Bytes), input.Options);
            return new Outcome(report.Written, report.RowsInserted, report.RowsUpdated, report.RowsRejected, report.Message);
        }
        catch (Exception e)
        {
            Assert.Fail(failure($"the import threw {e}"));
            return null;
        }
    }

    private static async Task<Outcome?> UploadAsync(HttpClient administrator, CsvCase input, string extra, Func<string, string> failure)
    {
        var delimiter = input.Options.Delimiter == '\t' ? "tab" : Uri.EscapeDataString(input.Options.Delimiter.ToString());
        var response = await administrator.PostAsync(
            $"/api/imports?kind={input.Kind}&delimiter={delimiter}&acceptValid={input.Options.AcceptValid}&fileName=fuzz.csv{extra}",
            new ByteArrayContent(input.Bytes));
        var answer = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            AssertProblem(response, answer, failure);
            return null;
        }
        var id = JsonDocument.Parse(answer).RootElement.GetProperty("id").GetGuid();
        var done = await Eventually.ValueAsync(async () =>
            await administrator.GetFromJsonAsync<Status>($"/api/imports/{id}") is { Phase: "done" or "failed" } s ? s : null);
        Assert.True(done.Phase == "done", failure($"the upload's import (options: {extra}) failed on the server: {done.Error}"));
        return done.Report;
    }

    private static void AssertProblem(HttpResponseMessage response, string answer, Func<string, string> failure)
    {
        Assert.True((int)response.StatusCode is >= 400 and < 500, failure($"answered {(int)response.StatusCode}: {answer}"));
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", failure($"not a ProblemDetails: {answer}"));
        Assert.True(JsonDocument.Parse(answer).RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 10 },
            failure($"a problem that names nothing: {answer}"));
    }

    private async Task<(int, int, int)> StoredAsync(JsonCase input) => (
        await app.ScalarAsync<int>("SELECT count(*)::int FROM cases WHERE source_system = 'fixture' AND source_id = ANY(@ids)", new { ids = input.CaseIds.ToArray() }),
        await app.ScalarAsync<int>("SELECT count(*)::int FROM hearings WHERE source_system = 'fixture' AND source_id = ANY(@ids)", new { ids = input.HearingIds.ToArray() }),
        await app.ScalarAsync<int>("SELECT count(*)::int FROM budget_lines WHERE source_system = 'fixture' AND source_id = ANY(@ids)", new { ids = input.LineIds.ToArray() }));
}
