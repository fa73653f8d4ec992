// Benchmarks of the product, apart from the tests. Each prints medians/percentiles for BENCHMARKS.md.
//   dotnet run -c Release --project tests/CourtMetrics.Benchmarks -- <name> [options]
using CourtMetrics.Benchmarks;

var benchmarks = new Dictionary<string, Func<string[], Task>>
{
    ["latency"] = LatencyBenchmark.RunAsync,
    ["first-chart"] = FirstChartBenchmark.RunAsync,
    ["dashboard-cold"] = DashboardColdBenchmark.RunAsync,
    ["backfill"] = BackfillBenchmark.RunAsync,
    ["aggregation"] = AggregationBenchmark.RunAsync,
    ["import"] = ImportBenchmark.RunAsync,
    ["import-ceiling"] = ImportCeilingBenchmark.RunAsync,
    ["ingest-api"] = IngestApiBenchmark.RunAsync,
    ["durations"] = DurationsBenchmark.RunAsync,
    ["dashboards"] = DashboardsBenchmark.RunAsync,
    ["two-nodes"] = DashboardsBenchmark.TwoNodesAsync,
    ["load"] = LoadBenchmark.RunAsync,
    ["chart-images"] = ChartImagesBenchmark.RunAsync,
    ["reports"] = ReportsBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.WriteLine($"usage: CourtMetrics.Benchmarks <{string.Join("|", benchmarks.Keys)}> [options]");
    return 2;
}
Console.WriteLine(Machine.Describe());
await run(args[1..]);
return 0;
