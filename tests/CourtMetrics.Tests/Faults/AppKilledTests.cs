using System.Diagnostics;
using System.Net.Http.Json;
using CourtMetrics.Tests.CaseDurations;
using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// The app killed (SIGKILL) in the middle of an aggregation, and PostgreSQL crashing under it: the aggregates heal —
/// equal to a full rebuild after the next run, no touched cell lost, nothing counted twice — and dashboards show the
/// right numbers again. "In the middle" is made certain, not timed: the test locks a table that the third family
/// writes, so the aggregation waits there with its claim and two families' writes done, and is killed then.
/// </summary>
[Trait("Calendar", "today")]
public sealed class AppKilledTests : IAsyncLifetime
{
    private readonly FaultScene _scene = new();

    public async Task InitializeAsync()
    {
        await _scene.InitializeAsync();
        await _scene.StartNodeAsync();
        await CourtSystemFixture.SeedAsync(_scene.Db);
        await CourtSystemFixture.AddCasesAsync(_scene.Db,
            ("k-1", 11, 1, Day(0, 1), null), ("k-2", 12, 2, Day(0, 1), Day(0, 1)), ("k-3", 21, 1, Day(1, 3), null));
        await _scene.Aggregator.AggregateTouchedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _scene.DisposeAsync();

    // What writers recorded and no aggregation has applied yet: case count changes and marked court days.
    private Task<long> PendingChangesAsync() =>
        _scene.ScalarAsync<long>("SELECT (SELECT count(*) FROM case_deltas) + (SELECT count(*) FROM touched_cells)");

    [Fact]
    public async Task An_app_killed_during_the_aggregation_of_a_large_batch_loses_no_touched_cell_and_heals_at_the_next_run()
    {
        var before = await AggregateTables.ReadAsync(_scene.Db);
        using var source = await _scene.SourceSystemAsync("large-batch");
        await using (var blocker = await HoldAggregateTableAsync())
        {
            var sent = await source.PostAsJsonAsync("/api/ingest/batches", new { items = LargeBatch(1000) });
            Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
            await WaitForBlockedAggregationAsync();
            await _scene.KillNodeAsync();
        } // the lock goes; the killed app's transaction can only roll back
        await WaitForNoActiveBackendAsync();

        Assert.True(await PendingChangesAsync() > 0, "the claimed changes were lost");
        AggregateTables.AssertEqual(before, await AggregateTables.ReadAsync(_scene.Db), "half an aggregation was kept: ");

        var restarted = await _scene.StartNodeAsync();
        // The sweep is the next run: it finds the cells the killed run had claimed.
        await Eventually.ValueAsync(async () => await PendingChangesAsync() == 0 ? "" : null, 60);
        await using var dashboard = await LiveDashboard.OpenAsync(restarted.Address);
        Assert.Equal(await FiledThisMonthAsync(), LiveDashboard.Incoming(dashboard.First));
        await _scene.KillNodeAsync();
        await _scene.AssertAggregatesEqualRebuildAsync("after the killed aggregation: ");
    }

    [Fact]
    public async Task A_full_rebuild_killed_half_way_leaves_the_previous_aggregates_whole()
    {
        await _scene.KillNodeAsync(); // only the rebuild may aggregate here
        await CourtSystemFixture.AddCasesAsync(_scene.Db, ("r-1", 11, 1, Day(0, 2), null));
        var before = await AggregateTables.ReadAsync(_scene.Db);
        await using (var blocker = await HoldAggregateTableAsync())
        {
            using var rebuild = Process.Start(new ProcessStartInfo("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "CourtMetrics.dll"), "rebuild"])
            {
                RedirectStandardOutput = true,
                Environment = { ["ConnectionStrings__CourtMetrics"] = _scene.ConnectionString, ["Simulation__Enabled"] = "false" },
            })!;
            await WaitForBlockedAggregationAsync();
            rebuild.Kill(entireProcessTree: true);
            await rebuild.WaitForExitAsync();
        }
        await WaitForNoActiveBackendAsync();

        AggregateTables.AssertEqual(before, await AggregateTables.ReadAsync(_scene.Db), "half a rebuild was kept: ");
        await _scene.AssertAggregatesEqualRebuildAsync("after the killed rebuild: ");
    }

    [Fact]
    public async Task After_a_database_crash_dashboards_never_show_the_emptied_aggregates_and_get_the_right_numbers_again()
    {
        var expected = await FiledThisMonthAsync();
        await using var dashboard = await LiveDashboard.OpenAsync(_scene.Node.Address);
        Assert.Equal(expected, LiveDashboard.Incoming(dashboard.First));

        FaultScene.StopDatabase("immediate");
        _scene.StartDatabase();
        var back = DateTime.UtcNow;

        await Eventually.ValueAsync(() => Task.FromResult(
            dashboard.Pushes.Any(p => p.At > back && LiveDashboard.Incoming(p.Update) == expected) ? "" : null), 60);
        Assert.All(dashboard.Pushes, p => Assert.Equal(expected, LiveDashboard.Incoming(p.Update)));
        Assert.Contains("aggregate tables were emptied", _scene.Output);
        await _scene.KillNodeAsync();
        await _scene.AssertAggregatesEqualRebuildAsync("after the crash: ");
    }

    /// <summary>1,000 new cases over the last 60 days in every court and category, some disposed.</summary>
    private static object[] LargeBatch(int count) => Enumerable.Range(0, count).Select(i => (object)new
    {
        kind = "case_filed", case_id = $"large-{i}", court = new[] { "N-1", "N-2", "S-1" }[i % 3],
        category = i % 2 == 0 ? "civil" : "criminal", filed_on = Today.AddDays(-(i % 60)).ToString("yyyy-MM-dd"),
        filing_channel = i % 3 == 0 ? "paper" : "electronic",
        disposed_on = i % 4 == 0 ? Today.AddDays(-(i % 60) + Math.Min(i % 7, i % 60)).ToString("yyyy-MM-dd") : null,
    }).ToArray();

    private Task<double?> FiledThisMonthAsync() => _scene.ScalarAsync<double?>(
        "SELECT count(*)::float8 FROM cases WHERE filed_on >= @month", new { month = Start(0) });

    /// <summary>Holds digital_access_daily (written after case flow and case durations) until disposed.</summary>
    private async Task<NpgsqlConnection> HoldAggregateTableAsync()
    {
        var connection = await _scene.Db.OpenConnectionAsync();
        // Closing the connection rolls the transaction back and lets the lock go.
        await connection.ExecuteAsync("BEGIN; LOCK TABLE digital_access_daily IN ACCESS EXCLUSIVE MODE");
        return connection;
    }

    private async Task WaitForBlockedAggregationAsync()
    {
        try
        {
            await Eventually.ValueAsync(async () => await _scene.ScalarAsync<long>("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'relation'
                """) > 0 ? "" : null, 60);
        }
        catch (TimeoutException)
        {
            var activity = await _scene.ScalarAsync<string>("""
                SELECT string_agg(concat_ws(' | ', pid, state, wait_event_type, wait_event, left(query, 200)), E'\n')
                FROM pg_stat_activity WHERE datname = current_database()
                """);
            throw new TimeoutException($"No aggregation waited at the locked table.\n{activity}\n{_scene.Output}");
        }
    }

    private Task WaitForNoActiveBackendAsync() => Eventually.ValueAsync(async () => await _scene.ScalarAsync<long>("""
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
        """) == 0 ? "" : null);
}
