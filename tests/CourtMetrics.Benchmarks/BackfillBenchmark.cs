using CourtMetrics.Site;
using CourtMetrics.Jobs;
using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The demo backfill into a fresh database: generation, binary COPY (one transaction) and the full case-flow
/// rebuild, timed apart; median of several runs. Goal: a million cases in under 30 s on 2 cores.
///   backfill [--cases 1000000] [--runs 3] [--port 55460]
/// </summary>
public static class BackfillBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var runs = Option(args, "--runs", 3);
        var port = Option(args, "--port", 55460);
        var defaults = new SimulationOptions();
        // The mean court gets this many a year; the warm-up year adds the cases still pending when history starts.
        var options = defaults with { CasesPerCourtPerYear = Math.Max(1, cases / (defaults.Courts * defaults.HistoryYears)) };
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}");
        var sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
        Console.WriteLine($"backfill: {options.Courts} courts, {options.HistoryYears} years, {options.CasesPerCourtPerYear} cases per court-year, {runs} runs; PostgreSQL durable, port {port}");

        var results = new List<(long Cases, double Generate, double Copy, double Rebuild)>();
        var clusters = new List<LocalPostgresCluster>(); // one per database; the first one starts the server
        for (var run = 1; run <= runs; run++)
        {
            var database = $"bench_backfill_{run}";
            var (cluster, db) = await FreshDatabaseAsync(directory, port, database, sql);
            clusters.Add(cluster);

            var backfill = DemoBackfill.Standalone(db, sql);
            var result = await backfill.SeedIfEmptyAsync(options, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None)
                ?? throw new InvalidOperationException("the fresh database was not empty");
            var clock = Stopwatch.StartNew();
            await new Aggregator(db, sql, NullLogger<Aggregator>.Instance).RebuildAsync(CancellationToken.None);
            var rebuild = clock.Elapsed.TotalSeconds;
            results.Add((result.Cases, result.Generation.TotalSeconds, result.Copy.TotalSeconds, rebuild));
            Console.WriteLine($"  run {run}: {result.Cases:N0} cases; generate {result.Generation.TotalSeconds:F1} s, " +
                              $"COPY {result.Copy.TotalSeconds:F1} s, rebuild {rebuild:F1} s, total {result.Generation.TotalSeconds + result.Copy.TotalSeconds + rebuild:F1} s");
            await db.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await DropAsync(cluster, database);
        }

        double Median(Func<(long Cases, double Generate, double Copy, double Rebuild), double> f) =>
            Machine.Percentile(results.Select(f).ToList(), 50);
        var n = results[0].Cases;
        Console.WriteLine($"median of {runs}: {n:N0} cases");
        Console.WriteLine($"  generate   {Median(r => r.Generate),6:F1} s  {n / Median(r => r.Generate),12:N0} cases/s");
        Console.WriteLine($"  COPY       {Median(r => r.Copy),6:F1} s  {n / Median(r => r.Copy),12:N0} cases/s  (cases, hearings, budget lines, portal use; one transaction)");
        Console.WriteLine($"  rebuild    {Median(r => r.Rebuild),6:F1} s  {n / Median(r => r.Rebuild),12:N0} cases/s");
        var total = Median(r => r.Generate + r.Copy + r.Rebuild);
        Console.WriteLine($"  total      {total,6:F1} s  {n / total,12:N0} cases/s");
        clusters.ForEach(c => c.Stop());
    }

    /// <summary>
    /// A new, migrated database on the durable benchmark cluster of this port (started by the first call), or with
    /// drop: false the one a previous run kept. Stop the returned cluster when done; drop the database with DropAsync.
    /// </summary>
    public static async Task<(LocalPostgresCluster Cluster, NpgsqlDataSource Db)> FreshDatabaseAsync(string directory, int port,
        string database, SqlFiles sql, bool drop = true)
    {
        var cluster = new LocalPostgresCluster(new LocalDatabaseOptions { Directory = directory, Port = port, Database = database }, directory, _ => { });
        if (drop) await DropAsync(cluster, database);
        var db = NpgsqlDataSource.Create(cluster.Start());
        await new Migrator(db, sql, NullLogger<Migrator>.Instance).ApplyAsync();
        db.Clear(); // sessions opened from here on get the database settings the migrations made (jit = off)
        return (cluster, db);
    }

    public static async Task DropAsync(LocalPostgresCluster cluster, string database)
    {
        if (!File.Exists(Path.Combine(cluster.Directory, "password"))) return;
        try
        {
            await using var admin = new NpgsqlConnection(cluster.ConnectionString("postgres"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // Not running yet: nothing to drop.
        }
    }

    public static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
