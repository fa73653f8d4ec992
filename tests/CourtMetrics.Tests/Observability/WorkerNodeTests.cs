using System.Net;
using System.Text.Json;
using CourtMetrics.Tests.ScaleOut;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Observability;

/// <summary>A worker node (a real process, which answers no pages) with JSON logs switched on.</summary>
public sealed class WorkerNodeFixture : IAsyncLifetime
{
    private string _database = "";

    public AppNode Node { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        Node = AppNode.Start("worker node", _database, "worker", new Dictionary<string, string>
        {
            ["Observability__JsonLogs"] = "true",
            // Hangfire looks at recurring jobs every 15 s: the sweep then runs at once.
            ["Jobs__SweepCron"] = "*/1 * * * * *",
        });
        await Node.WaitReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(_database);
    }
}

public sealed class WorkerNodeTests(WorkerNodeFixture worker) : IClassFixture<WorkerNodeFixture>
{
    [Fact]
    public async Task A_worker_node_serves_metrics_with_the_runs_of_its_jobs()
    {
        using var client = worker.Node.Client();

        var scrape = await Eventually.ValueAsync(async () =>
        {
            var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var now = new Scrape(await response.Content.ReadAsStringAsync());
            return now.Total("courtmetrics_job_runs_total") > 0 ? now : null;
        }, timeoutSeconds: 90);

        Assert.True(scrape.Total("http_server_request_duration_seconds_count") > 0, scrape.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/regions")).StatusCode);
    }

    [Fact]
    public void With_json_logs_every_line_the_node_writes_is_a_json_log_entry()
    {
        var lines = worker.Node.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1) // the "--- name ---" heading AppNode adds
            .ToList();

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
        }
        Assert.Contains(lines, line => line.Contains("CourtMetrics dashboard: http://"));
    }
}
