using CourtMetrics.Site;
using CourtMetrics.Jobs;
using CourtMetrics.Database;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CourtMetrics.Tests.Simulation;

/// <summary>The simulator inside the running site: on, off, on real data, and live ticks.</summary>
[Trait("Calendar", "today")]
public sealed class SimulatorHostTests
{
    private static AppFactory SmallDemo() => new AppFactory()
        .With("Simulation:Enabled", "true")
        .With("Simulation:Regions", "2")
        .With("Simulation:Courts", "7")
        .With("Simulation:CasesPerCourtPerYear", "300")
        // One tick an hour: the test runs ticks itself. 0.02 events/s × 3,600 s ≈ 72 events a tick.
        .With("Simulation:TickMilliseconds", "3600000")
        .With("Simulation:EventsPerSecond", "0.02");

    private static async Task<SimulationStatus> WaitForAsync(AppFactory app, params SimulationPhase[] phases)
    {
        var status = app.Get<SimulationStatus>();
        for (var waited = 0; waited < 600 && !phases.Contains(status.Phase); waited++) await Task.Delay(100);
        Assert.Contains(status.Phase, phases);
        return status;
    }

    [Fact]
    public async Task Switched_off_it_writes_nothing_and_says_off()
    {
        await using var app = new AppFactory().With("Simulation:Enabled", "false");
        await ((IAsyncLifetime)app).InitializeAsync();

        await WaitForAsync(app, SimulationPhase.Off);
        await Task.Delay(500);

        Assert.Equal(0, await app.DataSource.ScalarAsync<long>("SELECT count(*) FROM courts"));
        Assert.Equal(0, await app.DataSource.ScalarAsync<long>("SELECT count(*) FROM cases"));
    }

    [Fact]
    public async Task Given_a_connection_string_and_not_asked_for_it_leaves_an_empty_database_empty_and_says_why()
    {
        await using var app = SmallDemo().With("Simulation:Enabled", null);
        await ((IAsyncLifetime)app).InitializeAsync();

        var status = await WaitForAsync(app, SimulationPhase.Off);
        await Task.Delay(500);

        Assert.Contains("not asked for on a database of its own", status.Current.Detail);
        Assert.Equal(0, await app.DataSource.ScalarAsync<long>("SELECT count(*) FROM courts"));
    }

    [Theory]
    [InlineData(null, true, false, true)]    // ./run.sh's local database outside Production: the showroom
    [InlineData(null, true, true, false)]    // Production, not asked for (./run.sh asks for it with Simulation__Enabled=true)
    [InlineData(null, false, false, false)]  // a server's database given by a connection string
    [InlineData(true, false, true, true)]    // asked for: on any database (still only an empty one is filled)
    [InlineData(false, true, false, false)]
    public void The_demo_runs_only_where_it_is_asked_for_or_on_the_products_own_database_outside_production(
        bool? enabled, bool ownLocalDatabase, bool production, bool runs) =>
        Assert.Equal(runs, new SimulationOptions { Enabled = enabled }.RunsDemo(ownLocalDatabase, production));

    [Fact]
    public async Task On_a_database_with_a_court_system_of_its_own_it_stays_off()
    {
        await using var app = SmallDemo();
        await ((IAsyncLifetime)app).InitializeAsync();
        var db = Npgsql.NpgsqlDataSource.Create(app.ConnectionString);
        await new Migrator(db, SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory)), NullLogger<Migrator>.Instance).ApplyAsync();
        await CourtSystemFixture.SeedAsync(db);

        await WaitForAsync(app, SimulationPhase.Off);

        Assert.Equal(3, await db.ScalarAsync<long>("SELECT count(*) FROM courts"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM cases"));
        Assert.Null(await app.Get<LiveEvents>().TickAsync(CancellationToken.None));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM cases"));
    }

    [Fact]
    public async Task On_an_empty_database_it_loads_the_history_then_a_live_tick_files_and_decides_cases_that_reach_the_aggregates()
    {
        await using var app = SmallDemo();
        await ((IAsyncLifetime)app).InitializeAsync();
        var status = await WaitForAsync(app, SimulationPhase.Live);
        Assert.Equal(100, status.Current.Percent);
        var db = app.DataSource;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        const string todayFlow = "SELECT coalesce(sum(incoming) * 1000000 + sum(resolved), 0) FROM case_flow_daily WHERE court_id > 0 AND day = @today";
        var before = await db.ScalarAsync<long>(todayFlow, new { today });
        var pendingBefore = await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE disposed_on IS NULL");

        var tick = await app.Get<LiveEvents>().TickAsync(CancellationToken.None);

        Assert.NotNull(tick);
        Assert.True(tick.Filings > 0 && tick.Dispositions > 0, $"{tick}");
        Assert.Equal(tick.Filings, await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE filed_on = @today AND source_id LIKE '%-L1-%'", new { today }));
        Assert.Equal(pendingBefore + tick.Filings - tick.Dispositions, await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE disposed_on IS NULL"));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Aggregator>().AggregateTouchedAsync(CancellationToken.None);
        Assert.NotEqual(before, await db.ScalarAsync<long>(todayFlow, new { today }));
        // Digital access and budget move too: judgments published with today's decisions, portal visits, spending.
        Assert.True(await db.ScalarAsync<long>("SELECT coalesce(sum(resolved_published), 0) FROM digital_access_daily WHERE day = @today", new { today }) > 0);
        Assert.True(await db.ScalarAsync<long>("SELECT coalesce(sum(portal_visits), 0) FROM digital_access_daily WHERE day = @today", new { today }) > 0);
        Assert.Equal(tick.Expenses > 0, await db.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM budget_daily WHERE day = @today)", new { today }));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM national_economy WHERE year = @year", new { year = today.Year }));
    }
}
