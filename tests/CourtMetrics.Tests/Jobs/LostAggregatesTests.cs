using CourtMetrics.Tests.CaseDurations;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Jobs;

/// <summary>
/// The aggregate tables are unlogged (migration 0016): crash recovery empties them, their marker and the pending
/// changes (0025) with them.
/// The next aggregation must then rebuild from the facts rather than add the pending changes to empty tables.
/// </summary>
public sealed class LostAggregatesTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await DurationFixture.SeedAsync(App.DataSource);
    }

    [Fact]
    public async Task Aggregates_emptied_by_a_crash_are_rebuilt_by_the_next_aggregation()
    {
        await App.RebuildAsync();
        await using var connection = await App.DataSource.OpenConnectionAsync();
        // What crash recovery does: every unlogged table back to empty. Check they are the unlogged ones.
        var unlogged = (await connection.QueryAsync<string>("""
            SELECT relname FROM pg_class WHERE relkind = 'r' AND relpersistence = 'u' ORDER BY relname
            """)).ToList();
        Assert.Contains("aggregates_intact", unlogged);
        Assert.Contains("case_flow_daily", unlogged);
        Assert.Contains("case_duration_area_blocks", unlogged);
        Assert.Contains("touched_cells", unlogged); // and the pending changes with them (migration 0025)
        Assert.Contains("case_deltas", unlogged);
        Assert.Contains("duration_deltas", unlogged);
        await connection.ExecuteAsync($"TRUNCATE {string.Join(", ", unlogged)}");
        // A change made after the crash: its deltas alone would leave one case in otherwise empty tables.
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("after-crash", 11, 1, "2025-03-02", "2025-03-20"));

        await App.AggregateAsync();

        var recovered = await AggregateTables.ReadAsync(App.DataSource);
        Assert.Equal(24, await connection.ExecuteScalarAsync<int>("SELECT sum(incoming) FROM case_flow_monthly WHERE court_id > 0"));
        await App.RebuildAsync();
        AggregateTables.AssertEqual(await AggregateTables.ReadAsync(App.DataSource), recovered, "after the crash: ");
        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM aggregates_intact)"));
    }
}
