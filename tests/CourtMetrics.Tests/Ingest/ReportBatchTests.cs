using System.Net;
using System.Text.Json;
using CourtMetrics.Tests.Simulation;

namespace CourtMetrics.Tests.Ingest;

/// <summary>Reported statistics through POST /api/ingest/batches: the same rules as the CSV import, in batches of their own.</summary>
public sealed class ReportBatchTests : IAsyncLifetime
{
    private readonly IngestApiApp _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_batch_of_reports_is_written_once_and_sending_it_again_changes_nothing()
    {
        using var client = await _app.SourceSystemAsync();
        object[] items =
        [
            new { kind = "report", court = "N-1", category = "civil", period = "2023-Q1", incoming = 120, resolved = 100, pending_end = 45 },
            new { kind = "report", court = "S-1", period = "2023", incoming = 1000, resolved = 990, spending = 125000.5 },
        ];

        var first = await IngestApiApp.SendAsync(client, items);
        var again = await IngestApiApp.SendAsync(client, items);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var receipt = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, receipt.GetProperty("written").GetProperty("reported_statistics").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("written").GetProperty("reported_statistics").GetInt32());
        Assert.Equal(125000.5m, await _app.DataSource.ScalarAsync<decimal>("SELECT spending FROM reported_statistics WHERE spending IS NOT NULL"));
    }

    [Fact]
    public async Task A_bad_report_or_a_report_among_events_refuses_the_whole_batch_naming_the_item()
    {
        using var client = await _app.SourceSystemAsync();

        var bad = await IngestApiApp.SendAsync(client,
            new { kind = "report", court = "N-1", period = "2023", incoming = 5 },
            new { kind = "report", court = "N-1", period = "last year", incoming = 5 });
        var mixed = await IngestApiApp.SendAsync(client,
            new { kind = "report", court = "N-1", period = "2022", incoming = 5 },
            new { kind = "portal_use", court = "N-1", day = "2023-01-02", visits = 4 });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("items[1] (report), field period: not a period", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains("items[0] (report), field kind: a batch holds either reports or events", await mixed.Content.ReadAsStringAsync());
        Assert.Equal(0, await _app.DataSource.ScalarAsync<long>("SELECT count(*) FROM reported_statistics"));
        Assert.Equal(0, await _app.DataSource.ScalarAsync<long>("SELECT count(*) FROM portal_use"));
    }
}
