using System.Net;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// PostgreSQL stopped and started again under the app (a real process) while the demo simulator writes live events,
/// a source system sends batches to the ingestion API and a dashboard watches the national numbers live.
/// </summary>
[Trait("Calendar", "today")]
public sealed class DatabaseRestartTests : IAsyncLifetime
{
    private readonly FaultScene _scene = new();

    /// <summary>A tiny demo court system, live at about 20 events a second.</summary>
    private static readonly Dictionary<string, string> LiveDemo = new()
    {
        ["Simulation__Enabled"] = "true",
        ["Simulation__Regions"] = "2",
        ["Simulation__Courts"] = "7",
        ["Simulation__HistoryYears"] = "1",
        ["Simulation__CasesPerCourtPerYear"] = "20",
        ["Simulation__EventsPerSecond"] = "20",
        ["Simulation__TickMilliseconds"] = "250",
    };

    public Task InitializeAsync() => _scene.InitializeAsync();

    public Task DisposeAsync() => _scene.DisposeAsync();

    [Fact]
    public async Task After_a_database_restart_every_accepted_event_is_stored_once_aggregates_equal_a_rebuild_and_dashboards_update_within_10_s()
    {
        var node = await _scene.StartNodeAsync(LiveDemo);
        using var app = node.Client();
        await Eventually.ValueAsync(async () => (await app.GetStringAsync("/api/simulation/status")).Contains("\"live\"") ? "" : null, 120);
        var court = await _scene.ScalarAsync<string>("SELECT code FROM courts WHERE level = 'district' ORDER BY id LIMIT 1");
        var category = await _scene.ScalarAsync<string>("SELECT code FROM case_categories ORDER BY id LIMIT 1");
        var source = new RetryingSourceSystem(await _scene.SourceSystemAsync("outage-client"), court, category);
        await using var dashboard = await LiveDashboard.OpenAsync(node.Address);
        using var stop = new CancellationTokenSource();
        var sending = Task.Run(() => source.RunAsync(stop.Token));
        await Eventually.ValueAsync(() => Task.FromResult(source.Accepted.Count >= 20 ? "" : null));

        FaultScene.StopDatabase("fast");
        var versionBefore = dashboard.Shown.Version;
        // While it is down: the API answers 503 ProblemDetails, readiness says the database is down, the app lives.
        var refusal = await Eventually.ValueAsync(() => Task.FromResult(source.Refusals.FirstOrDefault(r => r.Status is not null)));
        var ready = await app.GetAsync("/health/ready");
        var readiness = await ready.Content.ReadAsStringAsync();
        var subscribing = await Record.ExceptionAsync(() => LiveDashboard.OpenAsync(node.Address));
        await Task.Delay(2000); // the outage lasts a while: the simulator and the jobs fail meanwhile
        _scene.StartDatabase();
        var back = DateTime.UtcNow;

        // A push of new data (a new version, aggregated after the return) within 10 s of the database's return.
        await Eventually.ValueAsync(() => Task.FromResult(
            dashboard.Pushes.Any(p => p.At > back && p.Update.Version > versionBefore) ? "" : null), 10);
        var acceptedAtReturn = source.Accepted.Count;
        await Eventually.ValueAsync(() => Task.FromResult(source.Accepted.Count > acceptedAtReturn + 10 ? "" : null));
        var readyAgain = await app.GetAsync("/health/ready");
        var simulation = await app.GetStringAsync("/api/simulation/status");
        stop.Cancel();
        await sending;
        await _scene.KillNodeAsync();

        Assert.True(HttpStatusCode.ServiceUnavailable == refusal.Status, $"{refusal}\n{_scene.Output}");
        Assert.Equal("application/problem+json", refusal.MediaType);
        Assert.Contains("Database unavailable", refusal.Body);
        Assert.NotNull(refusal.RetryAfter);
        Assert.All(source.Refusals.Where(r => r.Status is not null), r =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status);
            Assert.DoesNotContain("   at ", r.Body); // no stack trace
        });
        Assert.Contains("database is unavailable", Assert.IsType<HubException>(subscribing).Message);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("database: PostgreSQL does not answer", readiness);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        Assert.Contains("\"live\"", simulation);

        await using var connection = await _scene.Db.OpenConnectionAsync();
        var stored = (await connection.QueryAsync<(string Id, long Copies)>(
            "SELECT source_id, count(*) FROM cases WHERE source_system = 'outage-client' GROUP BY source_id")).ToList();
        var accepted = source.Accepted;
        Assert.All(accepted, id => Assert.Contains((id, 1L), stored));           // every accepted event, once
        Assert.All(stored, s => Assert.Contains(s.Id, source.Sent));            // nothing that was never sent
        Assert.True(stored.Count - accepted.Count <= 5, "at most the batch in flight at the stop is stored unanswered");
        await _scene.AssertAggregatesEqualRebuildAsync("after the database restart: ");
    }
}
