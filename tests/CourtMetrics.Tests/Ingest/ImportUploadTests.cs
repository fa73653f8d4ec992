using System.Net;
using System.Net.Http.Json;
using System.Text;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Ingest;

/// <summary>POST /api/imports and its status and rejected rows: administrators only, capped, run in the background.</summary>
public sealed class ImportUploadTests(DemoIngestApp app) : IClassFixture<DemoIngestApp>
{
    private sealed record Status(Guid Id, string Phase, long RowsRead, long BytesRead, long FileBytes, Outcome? Report);
    private sealed record Outcome(bool Written, long RowsInserted, long RowsRejected, bool HasRejectedRows, string Message);

    [Theory]
    [InlineData("POST", "/api/imports?kind=cases")]
    [InlineData("GET", "/api/imports/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("GET", "/api/imports/6f9619ff-8b86-d011-b42d-00cf4fc964ff/rejected.csv")]
    public async Task Anonymous_callers_are_refused(string method, string path)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent("a,b\n1,2\n", Encoding.UTF8, "text/csv") : null,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_is_imported_in_the_background_and_its_rejected_rows_can_be_downloaded()
    {
        var client = await app.AdministratorClientAsync();
        var csv = "source_system,source_id,court,fiscal_year,item,allocated,spent,booked_on\n" +
                  "up,U-1,ALA-01,2025,personnel,100,,2025-01-01\nup,U-2,NOPE,2025,personnel,100,,2025-01-01\n";

        var started = await client.PostAsync("/api/imports?kind=budget-lines&acceptValid=true&fileName=budget.csv",
            new StringContent(csv, Encoding.UTF8, "text/csv"));
        var status = await started.Content.ReadFromJsonAsync<Status>();
        var done = await Eventually.ValueAsync(async () =>
            await client.GetFromJsonAsync<Status>($"/api/imports/{status!.Id}") is { Report: not null } s ? s : null);
        var rejected = await client.GetStringAsync($"/api/imports/{status!.Id}/rejected.csv");

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(("done", 2L, (long)Encoding.UTF8.GetByteCount(csv)), (done.Phase, done.RowsRead, done.BytesRead));
        Assert.Equal((true, 1L, 1L, true), (done.Report!.Written, done.Report.RowsInserted, done.Report.RowsRejected, done.Report.HasRejectedRows));
        Assert.Contains("3,court: unknown court code,up,U-2,NOPE,", rejected);
        Assert.Equal(1, await app.ScalarAsync<long>("SELECT count(*) FROM budget_lines WHERE source_system = 'up'"));
    }

    [Theory]
    [InlineData("kind=parcels", "kind must be one of cases, yearly-statistics, budget-lines")]
    [InlineData("kind=cases&delimiter=,&decimalComma=true", "delimiter ',' cannot be used with a decimal comma")]
    [InlineData("kind=cases&encoding=klingon", "encoding 'klingon' is not known")]
    [InlineData("kind=cases&column=court%3D'N%00'", "column mapping 'court='N\uFFFD'' has a NUL character")]
    public async Task Wrong_options_are_refused_before_the_file_is_read(string query, string expected)
    {
        var client = await app.AdministratorClientAsync();

        var response = await client.PostAsync($"/api/imports?{query}", new StringContent("x\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_changes()
    {
        var client = await app.AdministratorClientAsync();
        var before = await app.StoredFactsAsync();
        var big = new string('x', (int)DemoIngestApp.MaxFileBytes + 1);

        var response = await client.PostAsync("/api/imports?kind=cases", new StringContent(big, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("the file is larger than 65,536 bytes", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.StoredFactsAsync());
    }
}
