using CourtMetrics.Site;
using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Jobs;
using CourtMetrics.Metrics;
using CourtMetrics.Simulation;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static CourtMetrics.Benchmarks.BackfillBenchmark;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// Case durations on a large demo history (5 years, 200 courts) in a fresh database on a durable cluster:
/// the national p90 (with every case-durations measure) by month over 5 years through MeasureReader, median of
/// --runs; other scopes and the pending-age family for comparison; then the incremental refresh after batches of
/// --batch mixed events (filings, dispositions, reopenings, corrected dates), p95 over --batches; finally checks
/// that the incremental tables equal a full rebuild. Goal: national p90 by month over 5 years under 50 ms.
///   durations [--cases 10000000] [--runs 20] [--batches 20] [--batch 1000] [--port 55443] [--keep 1]
/// </summary>
public static class DurationsBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 10_000_000);
        var runs = Option(args, "--runs", 20);
        var batches = Option(args, "--batches", 20);
        var batchSize = Option(args, "--batch", 1000);
        var port = Option(args, "--port", 55443);
        var keep = Option(args, "--keep", 0) == 1; // reuse a database the previous run kept, if it has the size
        var defaults = new SimulationOptions();
        var options = defaults with
        {
            HistoryYears = 5,
            CasesPerCourtPerYear = Math.Max(1, cases / (defaults.Courts * 5)),
        };
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}");
        var sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
        var catalogue = MetricCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "Metrics", "Catalogue"));
        const string database = "bench_durations";
        var cluster = new LocalPostgresCluster(new LocalDatabaseOptions { Directory = directory, Port = port, Database = database }, directory, _ => { });
        if (!keep) await DropAsync(cluster, database);
        await using var db = NpgsqlDataSource.Create(cluster.Start());
        await new Migrator(db, sql, NullLogger<Migrator>.Instance).ApplyAsync();
        db.Clear(); // sessions opened from here on get the database settings the migrations made (jit = off)
        // The aggregator's debug lines give each refresh's time by family.
        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Debug));
        var aggregator = new Aggregator(db, sql, logging.CreateLogger<Aggregator>());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Console.WriteLine($"durations: {options.Courts} courts, {options.HistoryYears} years, {options.CasesPerCourtPerYear} cases per court-year; PostgreSQL durable, port {port}");
        var backfill = DemoBackfill.Standalone(db, sql);
        var seeded = await backfill.SeedIfEmptyAsync(options, today, CancellationToken.None);
        if (seeded is not null)
        {
            var clock = Stopwatch.StartNew();
            await aggregator.RebuildAsync(CancellationToken.None);
            Console.WriteLine($"  history: {seeded.Cases:N0} cases; generate {seeded.Generation.TotalSeconds:F1} s, COPY {seeded.Copy.TotalSeconds:F1} s, " +
                              $"rebuild of all aggregates {clock.Elapsed.TotalSeconds:F1} s");
        }
        await using (var connection = await db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("VACUUM ANALYZE cases", commandTimeout: 600); // minutes on a kept 10M history
            var sizes = await connection.QuerySingleAsync<(long Cases, long Court, long National)>("""
                SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_duration_monthly),
                       (SELECT count(*) FROM case_duration_area_monthly WHERE region_id = 0)
                """);
            Console.WriteLine($"  {sizes.Cases:N0} cases; histogram rows: {sizes.Court:N0} per court (case_duration_monthly), " +
                              $"{sizes.National:N0} national (case_duration_area_monthly, region 0)");
        }

        // Five whole years of months, ending with the last whole month.
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var from = lastMonth.AddMonths(-59);
        var to = lastMonth.AddMonths(1).AddDays(-1);
        var reader = new MeasureReader(db, sql, catalogue);
        var region = (short)1;
        var court = await FirstAsync<int>(db, "SELECT id FROM courts WHERE level = 'district' ORDER BY id LIMIT 1");
        Console.WriteLine($"  query times, median of {runs} after one warm-up (MeasureReader, every measure of the family):");
        var national = await TimeAsync("case-durations  nation, month, 60 months", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", null, null, null, "month", from, to)));
        var p90 = national.Points.Select(p => p.Values["duration_p90"]).ToList();
        Console.WriteLine($"      national p90 of the first and last month: {p90[0]:F1}, {p90[^1]:F1} days; {national.Points.Count} points");
        await TimeAsync("case-durations  nation, civil, month, 60 months", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", null, null, "civil", "month", from, to)));
        await TimeAsync("case-durations  nation, year, 5 years", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", null, null, null, "year", from, to)));
        await TimeAsync("case-durations  nation, custom range with 2 partial months", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", null, null, null, "range", from.AddDays(14), to.AddDays(-14))));
        await TimeAsync($"case-durations  region:{region}, month, 60 months", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", null, region, null, "month", from, to)));
        await TimeAsync($"case-durations  court:{court}, month, 60 months", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", [court], null, null, "month", from, to)));
        await TimeAsync($"case-durations  court:{court}, day, 1 year", runs, () =>
            reader.ReadAsync(new MeasureQuery("case-durations", [court], null, null, "day", to.AddYears(-1).AddDays(1), to)));
        var fewRuns = Math.Min(runs, 1); // seconds each at 10M cases
        await TimeAsync($"pending-age     court:{court}, month, 12 months", runs, () =>
            reader.ReadAsync(new MeasureQuery("pending-age", [court], null, null, "month", lastMonth.AddMonths(-11), to)));
        await TimeAsync("pending-age     nation, range ending today", fewRuns, () =>
            reader.ReadAsync(new MeasureQuery("pending-age", null, null, null, "range", today.AddDays(-6), today)));
        await TimeAsync("pending-age     nation, month, 12 months", fewRuns, () =>
            reader.ReadAsync(new MeasureQuery("pending-age", null, null, null, "month", lastMonth.AddMonths(-11), to)));
        await TimeAsync("pending-age     nation, month, 60 months", fewRuns, () =>
            reader.ReadAsync(new MeasureQuery("pending-age", null, null, null, "month", from, to)));

        // Incremental refresh: each batch writes batchSize events of today's live mix, then one aggregation runs.
        var refresh = new List<double>();
        for (var batch = 1; batch <= batches; batch++)
        {
            await WriteEventsAsync(db, batch, batchSize, today);
            var clock = Stopwatch.StartNew();
            await aggregator.AggregateTouchedAsync(CancellationToken.None);
            refresh.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  incremental refresh after {batchSize:N0} events (all families, one transaction), {batches} batches: " +
                          $"median {Machine.Percentile(refresh, 50):F0} ms, p95 {Machine.Percentile(refresh, 95):F0} ms, max {refresh.Max():F0} ms");

        var incremental = await DigestAsync(db);
        var rebuildClock = Stopwatch.StartNew();
        await aggregator.RebuildAsync(CancellationToken.None);
        Console.WriteLine($"  incremental aggregates {(incremental == await DigestAsync(db) ? "equal" : "DIFFER FROM")} a full rebuild " +
                          $"({rebuildClock.Elapsed.TotalSeconds:F1} s)");
        NpgsqlConnection.ClearAllPools();
        if (!keep) await DropAsync(cluster, database);
        cluster.Stop();
    }

    private static async Task<MeasureSeries> TimeAsync(string what, int runs, Func<Task<MeasureSeries>> read)
    {
        var series = await read();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            series = await read();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"    {what,-58} median {Machine.Percentile(times, 50),8:F1} ms  (min {times.Min():F1}, max {times.Max():F1}, {runs} runs)");
        return series;
    }

    /// <summary>
    /// A batch of live events: 45 % filings today, 40 % dispositions today of open cases, 5 % reopenings,
    /// 5 % corrected disposition dates (a few days earlier, never before filing), 5 % withdrawn dispositions of
    /// this month's decisions — all set-based, as a case-management system's sync would write them.
    /// </summary>
    private static async Task WriteEventsAsync(NpgsqlDataSource db, int batch, int size, DateOnly today)
    {
        var filings = size * 45 / 100;
        var dispositions = size * 40 / 100;
        var other = (size - filings - dispositions) / 3;
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            WITH courts AS (SELECT array_agg(id) AS ids FROM courts)
            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, filing_channel)
            SELECT 'bench', @Batch || '-' || i, ids[1 + floor(random() * cardinality(ids))::int], 1 + (i % 6),
                   @Today::date, 'electronic'
            FROM courts, generate_series(1, @Filings) AS i;
            UPDATE cases SET disposed_on = @Today::date
            WHERE id IN (SELECT id FROM cases TABLESAMPLE SYSTEM (1)
                         WHERE disposed_on IS NULL AND filed_on <= @Today::date LIMIT @Dispositions);
            UPDATE cases SET disposed_on = NULL
            WHERE id IN (SELECT id FROM cases TABLESAMPLE SYSTEM (1) WHERE disposed_on IS NOT NULL LIMIT @Other);
            UPDATE cases SET disposed_on = greatest(filed_on, disposed_on - 3)
            WHERE id IN (SELECT id FROM cases TABLESAMPLE SYSTEM (1) WHERE disposed_on IS NOT NULL LIMIT @Other);
            UPDATE cases SET disposed_on = NULL
            WHERE id IN (SELECT id FROM cases WHERE court_id = (SELECT id FROM courts ORDER BY random() LIMIT 1)
                           AND disposed_on >= date_trunc('month', @Today::date) LIMIT @Other);
            """, new { Batch = $"b{batch}-{Guid.NewGuid():N}", Today = today.ToString("yyyy-MM-dd"), Filings = filings, Dispositions = dispositions, Other = other });
    }

    private static async Task<string> DigestAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("""
            SELECT (SELECT md5(string_agg(concat_ws(',', court_id, category_id, month, days, cases), ';' ORDER BY court_id, category_id, month, days)) FROM case_duration_monthly)
                || (SELECT md5(string_agg(concat_ws(',', region_id, month, category_id, days, cases), ';' ORDER BY region_id, month, category_id, days)) FROM case_duration_area_monthly)
                || (SELECT md5(string_agg(concat_ws(',', region_id, month, category_id, block, cases, total_days, cum, cum_days), ';' ORDER BY region_id, month, category_id, block)) FROM case_duration_area_blocks)
                || (SELECT md5(string_agg(concat_ws(',', court_id, category_id, month, incoming, resolved), ';' ORDER BY court_id, category_id, month)) FROM case_flow_monthly)
            """) ?? "";
    }

    private static async Task<T> FirstAsync<T>(NpgsqlDataSource db, string query)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleAsync<T>(query);
    }
}
