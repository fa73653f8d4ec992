using CourtMetrics.Site;
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
/// Each run also times the file's parse alone (no database), the import's steps (from its progress events), and the
/// aggregation job that follows it (the touched cells of the imported cases).
///   import [--rows 1000000] [--runs 3] [--port 55461]
/// </summary>
public static class ImportBenchmark
{
    internal const int Courts = 200;
    internal static readonly string[] Categories = ["civil", "criminal", "administrative", "family", "commercial"];

    public static async Task RunAsync(string[] args)
    {
        var (rows, runs, port, directory, sql, file) = await SetUpAsync(args);
        Console.WriteLine($"import: {rows:N0} case rows, {new FileInfo(file).Length / 1e6:F0} MB CSV, {runs} runs; PostgreSQL durable, port {port}");

        var runsDone = new List<Run>();
        var clusters = new List<LocalPostgresCluster>();
        var logs = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        for (var run = 1; run <= runs; run++)
        {
            var parse = await ParseOnlyAsync(file);
            var database = $"bench_import_{run}";
            var (cluster, db) = await FreshDatabaseAsync(directory, port, database, sql);
            clusters.Add(cluster);
            await SeedCourtsAsync(db);
            var import = new CsvImport(db, sql, new AggregationRequests(new NoJobs(), Microsoft.Extensions.Logging.Abstractions.NullLogger<AggregationRequests>.Instance), Options.Create(new IngestOptions()),
                logs.CreateLogger<CsvImport>());
            var steps = new Dictionary<ImportStep, double>();
            var data = Path.Combine(cluster.Directory, "data");
            var (appCpu, postgresCpu) = (Process.GetCurrentProcess().TotalProcessorTime, Machine.PostgresCpuSeconds(data));
            var clock = Stopwatch.StartNew();
            await using (var csv = File.OpenRead(file))
            {
                var report = await import.ImportAsync(csv, new ImportOptions { Kind = "cases" },
                    new ImportProgress(StepStarted: step => steps[step] = clock.Elapsed.TotalSeconds));
                if (!report.Written || report.RowsInserted != rows) throw new InvalidOperationException(report.Message);
            }
            var total = clock.Elapsed.TotalSeconds;
            var (importAppCpu, importPostgresCpu) = ((Process.GetCurrentProcess().TotalProcessorTime - appCpu).TotalSeconds, Machine.PostgresCpuSeconds(data) - postgresCpu);
            clock.Restart();
            await new Aggregator(db, sql, logs.CreateLogger<Aggregator>()).AggregateTouchedAsync(CancellationToken.None);
            var result = new Run(total, parse, steps[ImportStep.Checking] - steps[ImportStep.Staging],
                steps[ImportStep.Merging] - steps[ImportStep.Checking], total - steps[ImportStep.Merging], clock.Elapsed.TotalSeconds,
                importAppCpu, importPostgresCpu);
            runsDone.Add(result);
            Console.WriteLine($"  run {run}: {total:F2} s, {rows / total:N0} rows/s; parse alone {result.Parse:F1} s, " +
                $"read + COPY {result.Staging:F1} s, check {result.Check:F1} s, merge {result.Merge:F1} s; then aggregation {result.Aggregation:F1} s; " +
                $"CPU of the import: app {result.AppCpu:F1} s, PostgreSQL {result.PostgresCpu:F1} s");
            await db.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await DropAsync(cluster, database);
        }
        double Median(Func<Run, double> f) => Machine.Percentile(runsDone.Select(f).ToList(), 50);
        var median = Median(r => r.Total);
        Console.WriteLine($"median of {runs}: {median:F2} s, {rows / median:N0} rows/s (read, COPY, check, merge; one transaction)");
        Console.WriteLine($"  medians: parse alone {Median(r => r.Parse):F1} s, read + COPY {Median(r => r.Staging):F1} s, " +
            $"check {Median(r => r.Check):F1} s, merge {Median(r => r.Merge):F1} s; aggregation afterwards {Median(r => r.Aggregation):F1} s; " +
            $"CPU app {Median(r => r.AppCpu):F1} s, PostgreSQL {Median(r => r.PostgresCpu):F1} s");
        clusters.ForEach(c => c.Stop());
    }

    private sealed record Run(double Total, double Parse, double Staging, double Check, double Merge, double Aggregation,
        double AppCpu, double PostgresCpu);

    // The CSV split alone, as the import reads it (UTF-8 decoding, fields as spans): what COPY overlaps with.
    private static async Task<double> ParseOnlyAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        using var text = new StreamReader(file, new ImportOptions { Kind = "cases" }.TextEncoding(), true, 1 << 16);
        var reader = new CsvRecordReader(text, ',');
        long fields = 0;
        while (await reader.ReadAsync(CancellationToken.None)) fields += reader.FieldCount;
        return fields > 0 ? clock.Elapsed.TotalSeconds : double.NaN;
    }

    /// <summary>The options both import benchmarks take, their cluster's directory, and the generated cases file.</summary>
    internal static async Task<(int Rows, int Runs, int Port, string Directory, SqlFiles Sql, string File)> SetUpAsync(string[] args)
    {
        var rows = Option(args, "--rows", 1_000_000);
        var port = Option(args, "--port", 55461);
        var file = Path.Combine(Path.GetTempPath(), $"courtmetrics-import-{rows}.csv");
        await WriteCsvAsync(file, rows);
        return (rows, Option(args, "--runs", 3), port,
            Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}"),
            SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory)), file);
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
    internal sealed class NoJobs : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => "benchmark";
        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
