using CourtMetrics.Site;
using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Jobs;
using CourtMetrics.Simulation;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The aggregation job on a demo history of a given size: a full rebuild of every family (median of 3), and the
/// incremental refresh after batches of 1,000 events — 500 new filings and 500 dispositions of pending cases
/// spread over the courts — p50/p95 over 20 batches. Run at 1M and 10M to show the refresh stays flat.
///   aggregation [--cases 1000000] [--port 55461] [--rebuilds 3] [--keep 1]
/// --keep 1 reuses the database a previous run of the same size left (and leaves it), so that the refresh can be
/// measured again without generating and loading the history; --rebuilds 0 then skips the full rebuilds.
/// </summary>
public static class AggregationBenchmark
{
    private const int Batches = 20;
    private static readonly string Run = Guid.NewGuid().ToString("N"); // filings of a kept database's earlier runs stay

    public static async Task RunAsync(string[] args)
    {
        var cases = BackfillBenchmark.Option(args, "--cases", 1_000_000);
        var port = BackfillBenchmark.Option(args, "--port", 55461);
        var rebuildRuns = BackfillBenchmark.Option(args, "--rebuilds", 3);
        var keep = BackfillBenchmark.Option(args, "--keep", 0) == 1;
        var sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}");
        var database = $"bench_aggregation_{cases}";
        var (cluster, db) = await BackfillBenchmark.FreshDatabaseAsync(directory, port, database, sql, drop: !keep);
        await using var _ = db;
        var defaults = new SimulationOptions();
        var options = defaults with { CasesPerCourtPerYear = Math.Max(1, cases / (defaults.Courts * defaults.HistoryYears)) };
        var seeded = await DemoBackfill.Standalone(db, sql)
            .SeedIfEmptyAsync(options, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);
        // Per-family timings of each run go to the console (the job logs them at Debug).
        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Debug));
        var aggregator = new Aggregator(db, sql, logging.CreateLogger<Aggregator>());
        if (seeded is null) await aggregator.AggregateTouchedAsync(CancellationToken.None); // a kept database: settle it
        await using (var connection = await db.OpenConnectionAsync())
            Console.WriteLine($"aggregation: {await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM cases"):N0} cases of demo history " +
                              $"({(seeded is null ? "kept" : "new")}); families: {string.Join(", ", Aggregator.Families)}");

        var rebuilds = new List<double>();
        for (var run = 0; run < rebuildRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            await aggregator.RebuildAsync(CancellationToken.None);
            rebuilds.Add(clock.Elapsed.TotalMilliseconds);
        }
        await using (var connection = await db.OpenConnectionAsync())
            await connection.ExecuteAsync("VACUUM ANALYZE");

        var refreshes = new List<double>();
        for (var batch = 1; batch <= Batches; batch++)
        {
            await WriteEventsAsync(db, batch);
            var clock = Stopwatch.StartNew();
            await aggregator.AggregateTouchedAsync(CancellationToken.None);
            refreshes.Add(clock.Elapsed.TotalMilliseconds);
        }
        if (rebuilds.Count > 0)
            Console.WriteLine($"  full rebuild: median {Machine.Percentile(rebuilds, 50) / 1000:F2} s of {rebuilds.Count} ({string.Join(", ", rebuilds.Select(r => $"{r / 1000:F2}"))})");
        Console.WriteLine($"  incremental refresh after 1,000 events: p50 {Machine.Percentile(refreshes, 50):F1} ms, " +
                          $"p95 {Machine.Percentile(refreshes, 95):F1} ms, max {refreshes.Max():F1} ms over {Batches} batches");
        Console.WriteLine($"    in order: {string.Join(" ", refreshes.Select(r => r.ToString("F0")))} ms");
        await FillDurationDaysAsync(db, sql, logging);
        await SizesAndReadsAsync(db, sql);
        NpgsqlConnection.ClearAllPools();
        if (!keep) await BackfillBenchmark.DropAsync(cluster, database);
        cluster.Stop();
    }

    /// <summary>
    /// The duration-days job after the rebuild (every day pending, migration 0037) and the refreshes: its chunks
    /// hold the aggregation lock, so the longest is what a live aggregation may wait.
    /// </summary>
    private static async Task FillDurationDaysAsync(NpgsqlDataSource db, SqlFiles sql, ILoggerFactory logging)
    {
        var job = new DurationDays(db, sql, logging.CreateLogger<DurationDays>());
        var chunks = new List<double>();
        var days = 0;
        var total = Stopwatch.StartNew();
        while (true)
        {
            var clock = Stopwatch.StartNew();
            var done = await job.FillChunkAsync(CancellationToken.None);
            if (done == 0) break;
            chunks.Add(clock.Elapsed.TotalMilliseconds);
            days += done;
        }
        Console.WriteLine(chunks.Count == 0 ? "  duration days: none pending" :
            $"  duration days computed: {days:N0} area days in {total.Elapsed.TotalSeconds:F1} s, {chunks.Count} chunks of " +
            $"{DurationDays.DaysPerChunk} days, p50 {Machine.Percentile(chunks, 50):F0} ms, max {chunks.Max():F0} ms");
    }

    /// <summary>
    /// What the history costs at this size (docs/scaling.md extrapolates from it): the biggest tables with their
    /// indexes, and every read a dashboard makes after a change.
    /// </summary>
    private static async Task SizesAndReadsAsync(NpgsqlDataSource db, SqlFiles sql)
    {
        await using (var connection = await db.OpenConnectionAsync())
        {
            var sizes = await connection.QueryAsync<(string Table, long Rows, long Bytes)>("""
                SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r'
                ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8
                """);
            Console.WriteLine("  largest tables (rows, with indexes): " +
                string.Join("; ", sizes.Select(s => $"{s.Table} {s.Rows:N0} rows {s.Bytes / 1048576.0:N0} MiB")));
            Console.WriteLine($"  database: {await connection.ExecuteScalarAsync<long>("SELECT pg_database_size(current_database())") / 1048576.0:N0} MiB");
        }
        await ReadMatrixAsync(db, sql);
    }

    /// <summary>
    /// Every read a dashboard view, chart image or slide makes, straight from PostgreSQL as after a data change
    /// (MeasureReader, no cache): each family × the nation, a region, a court and a set of five courts × month,
    /// quarter and year over 5 years and day over 90 days, 5 runs each. Prints the p95 of each family and scope and
    /// the slowest reads; the goal is under 100 ms p95.
    /// </summary>
    private static async Task ReadMatrixAsync(NpgsqlDataSource db, SqlFiles sql)
    {
        var catalogue = CourtMetrics.Metrics.MetricCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "Metrics", "Catalogue"));
        var reader = new CourtMetrics.Metrics.MeasureReader(db, sql, catalogue);
        var cache = new CourtMetrics.Metrics.MeasureCache(reader);
        var cached = new List<double>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var fiveYears = new DateOnly(today.Year - 4, 1, 1);
        (short Region, int Court, int[] Set) picks;
        await using (var connection = await db.OpenConnectionAsync())
            picks = await connection.QuerySingleAsync<(short, int, int[])>("""
                SELECT (SELECT min(region_id) FROM courts), (SELECT min(id) FROM courts WHERE region_id = (SELECT min(region_id) FROM courts)),
                       (SELECT array_agg(id) FROM (SELECT DISTINCT ON (region_id) id FROM courts ORDER BY region_id, id LIMIT 5) f)
                """);
        var scopes = new (string Name, int[]? Courts, short? Region)[]
            { ("nation", null, null), ("region", null, picks.Region), ("court", [picks.Court], null), ("5 courts", picks.Set, null) };
        var grids = new (string Name, DateOnly From)[]
            { ("month", fiveYears), ("quarter", fiveYears), ("year", fiveYears), ("day", today.AddDays(-89)) };
        var all = new List<(string Read, double P95)>();
        Console.WriteLine("  reads from PostgreSQL (p95 of 5 runs; month, quarter and year over 5 years, day over 90 days):");
        foreach (var family in Aggregator.Families)
        {
            var line = new List<string>();
            foreach (var (scope, courts, region) in scopes)
            {
                var worst = 0.0;
                foreach (var (grid, from) in grids)
                {
                    var times = new List<double>();
                    for (var i = 0; i < 5; i++)
                    {
                        var clock = Stopwatch.StartNew();
                        await reader.ReadAsync(new CourtMetrics.Metrics.MeasureQuery(family, courts, region, null, grid, from, today));
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                    var p95 = Machine.Percentile(times, 95);
                    all.Add(($"{family} {scope} {grid}", p95));
                    var query = new CourtMetrics.Metrics.MeasureQuery(family, courts, region, null, grid, from, today);
                    await cache.GetAsync(query, CancellationToken.None);
                    var hit = Stopwatch.StartNew();
                    await cache.GetAsync(query, CancellationToken.None);
                    cached.Add(hit.Elapsed.TotalMilliseconds);
                    worst = Math.Max(worst, p95);
                }
                line.Add($"{scope} {worst:F0} ms");
            }
            Console.WriteLine($"    {family,-15} worst grid per scope: {string.Join(", ", line)}");
        }
        Console.WriteLine($"    slowest: {string.Join("; ", all.OrderByDescending(r => r.P95).Take(5).Select(r => $"{r.Read} {r.P95:F0} ms"))}");
        Console.WriteLine($"    reads over 100 ms p95: {all.Count(r => r.P95 > 100)} of {all.Count}");
        Console.WriteLine($"    the same reads from the cache (MeasureCache, a hit): p95 {Machine.Percentile(cached, 95):F3} ms, max {cached.Max():F3} ms");
    }

    /// <summary>500 filings dated today in courts chosen across the country, and 500 dispositions of the
    /// oldest pending cases of other courts — the shape of a busy second of a national system.</summary>
    private static async Task WriteEventsAsync(NpgsqlDataSource db, int batch)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, filing_channel)
            SELECT 'benchmark', @Run || '-' || @Batch || '-' || g, c.id, 1 + g % 6, current_date, 'electronic'
            FROM generate_series(1, 500) g
            JOIN LATERAL (SELECT id FROM courts ORDER BY id OFFSET (g * 7 + @Batch) % 200 LIMIT 1) c ON true;

            UPDATE cases SET disposed_on = current_date
            WHERE id IN (SELECT id FROM cases WHERE disposed_on IS NULL AND court_id % 20 = @Batch % 20
                         ORDER BY filed_on, id LIMIT 500);
            """, new { Batch = batch, Run = Run });
    }
}
