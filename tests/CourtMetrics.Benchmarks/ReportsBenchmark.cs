using System.Diagnostics;
using System.Text;
using CourtMetrics.CourtSystem;
using CourtMetrics.Database;
using CourtMetrics.Ingest;
using CourtMetrics.Jobs;
using CourtMetrics.Metrics;
using CourtMetrics.Scopes;
using CourtMetrics.Simulation;
using CourtMetrics.Site;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CourtMetrics.Benchmarks.BackfillBenchmark;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// A national court system that reports instead of sending cases: --courts courts in 20 regions × --categories
/// categories × --years years of monthly reports (400 × 10 × 10 = 480,000 rows), the court system applied through
/// CourtSystemStore, the CSV imported end to end (read, COPY, check, merge) into a fresh database, median of --runs.
/// Goal: under 10 s. Then the dashboards' reads over the reported data beside the same reads over case data (the
/// demo's history of the same number of courts, --cases-per-court a year), p50 and p95 of --reads reads each,
/// through MeasureReader (every read is cold: it is the query a data change costs).
///   reports [--courts 400] [--categories 10] [--years 10] [--runs 3] [--reads 40] [--cases-per-court 1000] [--port 55447]
/// </summary>
public static class ReportsBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var courts = Option(args, "--courts", 400);
        var categories = Option(args, "--categories", 10);
        var years = Option(args, "--years", 10);
        var runs = Option(args, "--runs", 3);
        var reads = Option(args, "--reads", 40);
        var casesPerCourt = Option(args, "--cases-per-court", 1000);
        var port = Option(args, "--port", 55447);
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}");
        var sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
        var catalogue = MetricCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "Metrics", "Catalogue"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var file = Path.Combine(Path.GetTempPath(), $"courtmetrics-reports-{courts}x{categories}x{years}.csv");
        var rows = WriteCsv(file, courts, categories, years * 12, lastMonth);
        Console.WriteLine($"reports: {rows:N0} monthly reports ({courts} courts × {categories} categories × {years * 12} months), " +
                          $"{new FileInfo(file).Length / 1e6:F0} MB CSV, {runs} runs; PostgreSQL durable, port {port}");

        var times = new List<double>();
        LocalPostgresCluster? cluster = null;
        Npgsql.NpgsqlDataSource? db = null;
        for (var run = 1; run <= runs; run++)
        {
            if (db is not null) await db.DisposeAsync();
            (cluster, db) = await FreshDatabaseAsync(directory, port, "bench_reports", sql);
            var store = new CourtSystemStore(db, sql, new CourtRegions(db), NullLogger<CourtSystemStore>.Instance);
            var applied = await store.ApplyAsync(CourtSystemFile.Of(System(courts, categories)), false);
            if (!applied.Written) throw new InvalidOperationException(string.Join("\n", applied.Problems));
            var import = new CsvImport(db, sql, new AggregationRequests(new ImportBenchmark.NoJobs(), NullLogger<AggregationRequests>.Instance),
                Options.Create(new IngestOptions()), NullLogger<CsvImport>.Instance);
            var clock = Stopwatch.StartNew();
            var steps = new Dictionary<ImportStep, double>();
            await using (var csv = File.OpenRead(file))
            {
                var report = await import.ImportAsync(csv, new ImportOptions { Kind = "reports", Thousands = "," },
                    new ImportProgress(StepStarted: step => steps[step] = clock.Elapsed.TotalSeconds));
                if (!report.Written || report.RowsInserted != rows) throw new InvalidOperationException(report.Message);
            }
            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"  run {run}: {times[^1]:F2} s, {rows / times[^1]:N0} rows/s; read + COPY {steps[ImportStep.Checking] - steps[ImportStep.Staging]:F1} s, " +
                              $"check {steps[ImportStep.Merging] - steps[ImportStep.Checking]:F1} s, merge {times[^1] - steps[ImportStep.Merging]:F1} s");
        }
        var median = Machine.Percentile(times, 50);
        Console.WriteLine($"median of {runs}: {median:F2} s, {rows / median:N0} rows/s (read, COPY, check, merge; one transaction); goal < 10 s");

        var (_, caseDb) = await FreshDatabaseAsync(directory, port, "bench_reports_cases", sql);
        var options = new SimulationOptions { Regions = 20, Courts = courts, HistoryYears = 3, CasesPerCourtPerYear = casesPerCourt };
        var seeded = await DemoBackfill.Standalone(caseDb, sql).SeedIfEmptyAsync(options, today, CancellationToken.None);
        await new Aggregator(caseDb, sql, NullLogger<Aggregator>.Instance).RebuildAsync(CancellationToken.None);
        Console.WriteLine($"  case data beside it: the demo's {courts} courts, {seeded!.Cases:N0} cases over 3 years");

        Console.WriteLine($"  case-flow reads, {reads} each (MeasureReader, cold), reported data | case data:");
        var reported = new MeasureReader(db!, sql, catalogue);
        var cases = new MeasureReader(caseDb, sql, catalogue);
        var year = lastMonth.AddMonths(-11);
        var end = lastMonth.AddMonths(1).AddDays(-1);
        foreach (var (what, query) in new (string, MeasureQuery)[]
        {
            ("nation, month, 12 months", new("case-flow", null, null, null, "month", year, end)),
            ("nation, year, 3 years", new("case-flow", null, null, null, "year", new DateOnly(today.Year - 3, 1, 1), new DateOnly(today.Year - 1, 12, 31))),
            ("region:1, month, 12 months", new("case-flow", null, 1, null, "month", year, end)),
            ("region:1, year, 3 years", new("case-flow", null, 1, null, "year", new DateOnly(today.Year - 3, 1, 1), new DateOnly(today.Year - 1, 12, 31))),
        })
        {
            var a = await TimeAsync(() => reported.ReadAsync(query), reads);
            var b = await TimeAsync(() => cases.ReadAsync(query), reads);
            Console.WriteLine($"    {what,-28} p50 {a.P50,6:F1} ms  p95 {a.P95,6:F1} ms  |  p50 {b.P50,6:F1} ms  p95 {b.P95,6:F1} ms");
        }
        await caseDb.DisposeAsync();
        await db!.DisposeAsync();
        cluster?.Stop();
    }

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task<MeasureSeries>> read, int reads)
    {
        await read();
        var times = new List<double>();
        for (var i = 0; i < reads; i++)
        {
            var clock = Stopwatch.StartNew();
            await read();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (Machine.Percentile(times, 50), Machine.Percentile(times, 95));
    }

    private static CourtSystemDocument System(int courts, int categories)
    {
        static Names Named(string en) => new() { ["en"] = en };
        return new CourtSystemDocument(Languages: ["en"], Currency: "EUR", FiscalYearStartMonth: 1,
            Levels: [new LevelEntry("district", Named("District court"))],
            Regions: Enumerable.Range(1, 20).Select(r => new RegionEntry($"R{r:00}", Named($"Region {r}"), [new RegionYear(2025, 1_000_000)])).ToList(),
            Courts: Enumerable.Range(1, courts).Select(c => new CourtEntry($"C{c:000}", Named($"Court {c}"), $"R{(c - 1) % 20 + 1:00}", "district",
                Years: [new CourtYear(2025, 50_000, 10)])).ToList(),
            Categories: Enumerable.Range(1, categories).Select(k => new CategoryEntry($"K{k:00}", Named($"Category {k}"), [new TimeStandard(365, 0.9m)])).ToList());
    }

    // Each court-category starts with some pending cases and reports every month: incoming, resolved, pending at
    // start and end (which add up); numbers over 999 written with a thousands separator, as exported files do.
    private static long WriteCsv(string file, int courts, int categories, int months, DateOnly lastMonth)
    {
        var random = new Random(20261206);
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("court,category,period,incoming,resolved,pending_start,pending_end\n");
        long rows = 0;
        var first = lastMonth.AddMonths(1 - months);
        for (var c = 1; c <= courts; c++)
            for (var k = 1; k <= categories; k++)
            {
                var pending = random.Next(50, 3000);
                for (var m = 0; m < months; m++)
                {
                    var incoming = random.Next(20, 1500);
                    var resolved = Math.Min(pending + incoming, random.Next(20, 1500));
                    var end = pending + incoming - resolved;
                    writer.Write(FormattableString.Invariant($"C{c:000},K{k:00},{first.AddMonths(m):yyyy-MM},\"{incoming:N0}\",\"{resolved:N0}\",\"{pending:N0}\",\"{end:N0}\"\n"));
                    pending = end;
                    rows++;
                }
            }
        return rows;
    }
}
