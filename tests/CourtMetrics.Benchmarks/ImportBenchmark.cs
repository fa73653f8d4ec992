using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Ingest;
using CourtMetrics.Jobs;
using Dapper;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using static CourtMetrics.Benchmarks.BackfillBenchmark;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The CSV import end to end: a generated cases file (200 courts, 5 categories) read, staged by binary COPY,
/// checked and merged into a fresh database in one transaction; median of several runs. Goal ≥ 200,000 rows/s.
///   import [--rows 1000000] [--runs 3] [--port 55461]
/// </summary>
public static class ImportBenchmark
{
    internal const int Courts = 200;
    internal static readonly string[] Categories = ["civil", "criminal", "administrative", "family", "commercial"];

    public static async Task RunAsync(string[] args)
    {
        var rows = Option(args, "--rows", 1_000_000);
        var runs = Option(args, "--runs", 3);
        var port = Option(args, "--port", 55461);
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}");
        var sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
        var file = Path.Combine(Path.GetTempPath(), $"courtmetrics-import-{rows}.csv");
        await WriteCsvAsync(file, rows);
        Console.WriteLine($"import: {rows:N0} case rows, {new FileInfo(file).Length / 1e6:F0} MB CSV, {runs} runs; PostgreSQL durable, port {port}");

        var seconds = new List<double>();
        var clusters = new List<LocalPostgresCluster>();
        for (var run = 1; run <= runs; run++)
        {
            var database = $"bench_import_{run}";
            var (cluster, db) = await FreshDatabaseAsync(directory, port, database, sql);
            clusters.Add(cluster);
            await SeedCourtsAsync(db);
            var import = new CsvImport(db, sql, new AggregationRequests(new NoJobs(), Microsoft.Extensions.Logging.Abstractions.NullLogger<AggregationRequests>.Instance), Options.Create(new IngestOptions()),
                LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)).CreateLogger<CsvImport>());
            var clock = Stopwatch.StartNew();
            await using (var csv = File.OpenRead(file))
            {
                var report = await import.ImportAsync(csv, new ImportOptions { Kind = "cases" });
                if (!report.Written || report.RowsInserted != rows) throw new InvalidOperationException(report.Message);
            }
            seconds.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"  run {run}: {clock.Elapsed.TotalSeconds:F2} s, {rows / clock.Elapsed.TotalSeconds:N0} rows/s");
            await db.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await DropAsync(cluster, database);
        }
        var median = Machine.Percentile(seconds, 50);
        Console.WriteLine($"median of {runs}: {median:F2} s, {rows / median:N0} rows/s (read, COPY, check, merge; one transaction)");
        clusters.ForEach(c => c.Stop());
    }

    private static async Task WriteCsvAsync(string file, int rows)
    {
        if (File.Exists(file)) return;
        var random = new Random(20261125);
        await using var writer = new StreamWriter(file);
        await writer.WriteLineAsync("source_system,source_id,court,category,filed_on,disposed_on,filing_channel,extraterritorial,ai_assisted");
        var first = new DateOnly(2020, 1, 1);
        for (var i = 1; i <= rows; i++)
        {
            var filed = first.AddDays(random.Next(5 * 365));
            var disposed = random.NextDouble() < 0.7 ? filed.AddDays(random.Next(1, 400)) : (DateOnly?)null;
            if (disposed > new DateOnly(2025, 6, 30)) disposed = null;
            await writer.WriteLineAsync($"bench,case-{i},C{random.Next(Courts):D3},{Categories[random.Next(Categories.Length)]}," +
                $"{filed:yyyy-MM-dd},{disposed:yyyy-MM-dd},{(random.NextDouble() < 0.6 ? "electronic" : "paper")}," +
                $"{(random.NextDouble() < 0.05 ? "true" : "false")},{(random.NextDouble() < 0.1 ? "true" : "false")}");
        }
    }

    internal static async Task SeedCourtsAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO regions (id, code, name, population) VALUES (1, 'R1', 'Region 1', 1000000);
            INSERT INTO courts (id, code, name, region_id, level, population_served, judges)
            SELECT n + 1, 'C' || lpad(n::text, 3, '0'), 'Court ' || n, 1, 'district', 100000, 10 FROM generate_series(0, @Courts - 1) n;
            INSERT INTO case_categories (id, code, name) SELECT i, c, c FROM unnest(@Categories) WITH ORDINALITY AS t(c, i);
            """, new { Courts, Categories });
    }

    /// <summary>The import asks for an aggregation job after committing; the benchmark times the import alone.</summary>
    private sealed class NoJobs : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => "benchmark";
        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
