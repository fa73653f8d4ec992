using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CourtMetrics.Benchmarks.BackfillBenchmark;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The ingestion API end to end over HTTP: one source system sends batches of events (700 cases filed, 200 of the
/// previous batch's cases disposed, 100 hearings) to POST /api/ingest/batches on the real app (Kestrel, loopback),
/// each checked and written in one transaction while the aggregation job runs beside it as in production.
/// Reports per-batch latency (median, p95) and events/s at the median, after a few warm-up batches.
///   ingest-api [--batches 30] [--size 1000] [--warmup 3]
/// </summary>
public static class IngestApiBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var batches = Option(args, "--batches", 30);
        var size = Option(args, "--size", 1000);
        var warmup = Option(args, "--warmup", 3);
        Environment.SetEnvironmentVariable("Security__BatchesPerWindow", "1000000");
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var app = new BenchmarkApp(connectionString);
        var url = app.StartOnRealPort();
        await using (var db = NpgsqlDataSource.Create(connectionString)) await ImportBenchmark.SeedCourtsAsync(db);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("benchmark", "bench-cms", null, "benchmark");
        using var client = new HttpClient { BaseAddress = url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        Console.WriteLine($"ingest-api: {batches} batches of {size:N0} events after {warmup} warm-up batches; load average before: {LoadAverage()}");

        var seconds = new List<double>();
        for (var b = 0; b < warmup + batches; b++)
        {
            var body = Batch(b, size, BenchmarkCourts, ImportBenchmark.Categories);
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsJsonAsync("/api/ingest/batches", body);
            var elapsed = clock.Elapsed.TotalSeconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
            if (b >= warmup) seconds.Add(elapsed);
        }
        var (median, p95) = (Machine.Percentile(seconds, 50), Machine.Percentile(seconds, 95));
        Console.WriteLine($"per batch of {size:N0}: median {median * 1000:F0} ms, p95 {p95 * 1000:F0} ms, min {seconds.Min() * 1000:F0} ms");
        Console.WriteLine($"throughput at the median: {size / median:N0} events/s; load average after: {LoadAverage()}");
        await app.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(connectionString);
    }

    private static readonly string[] BenchmarkCourts = Enumerable.Range(0, ImportBenchmark.Courts).Select(c => $"C{c:D3}").ToArray();

    /// <summary>
    /// Batch b of a source system: new cases b-0 … (70 %), dispositions of batch b-1's first cases (20 %), hearings
    /// of this batch's cases (10 %), in random courts and categories. Batch b-1 must have been accepted first.
    /// </summary>
    internal static object Batch(int b, int size, string[] courts, string[] categories)
    {
        var random = new Random(b);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (filed, disposed) = b == 0 ? (size * 9 / 10, 0) : (size * 7 / 10, size * 2 / 10);
        var items = new List<object>(size);
        for (var i = 0; i < filed; i++)
            items.Add(new
            {
                kind = "case_filed", case_id = $"{b}-{i}", court = courts[random.Next(courts.Length)],
                category = categories[random.Next(categories.Length)],
                filed_on = today.AddDays(-random.Next(30, 700)).ToString("yyyy-MM-dd"),
                filing_channel = random.NextDouble() < 0.6 ? "electronic" : "paper",
            });
        for (var i = 0; i < disposed; i++)
            items.Add(new { kind = "case_disposed", case_id = $"{b - 1}-{i}", disposed_on = today.AddDays(-random.Next(0, 25)).ToString("yyyy-MM-dd") });
        for (var i = 0; items.Count < size; i++)
            items.Add(new
            {
                kind = "hearing", hearing_id = $"h{b}-{i}", case_id = $"{b}-{i}", court = courts[random.Next(courts.Length)],
                held_on = today.AddDays(-random.Next(0, 25)).ToString("yyyy-MM-dd"), mode = random.NextDouble() < 0.3 ? "video" : "in_person",
            });
        return new { items };
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
}
