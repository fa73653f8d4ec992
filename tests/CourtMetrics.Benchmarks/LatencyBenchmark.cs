using CourtMetrics.Jobs;
using System.Diagnostics;
using System.Globalization;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// End-to-end freshness as a viewer sees it: one case written and its aggregation requested (Hangfire job →
/// set-based SQL → NOTIFY → LISTEN → snapshot → SignalR → ECharts page) until the tile in a real headless
/// Chromium shows the new count.
///   latency [iterations, default 120]
/// </summary>
public static class LatencyBenchmark
{
    private const int Warmup = 5;

    public static async Task RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 120;
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var app = new BenchmarkApp(connectionString);
        var url = app.StartOnRealPort();
        await using var db = NpgsqlDataSource.Create(connectionString);
        await SeedAsync(db);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(url);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=connection]')?.dataset.state === 'connected'");
        var requests = app.Services.GetRequiredService<AggregationRequests>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var english = CultureInfo.GetCultureInfo("en-US"); // the page runs with locale en-US

        var samples = new List<double>(iterations);
        for (var i = 1; i <= Warmup + iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var connection = await db.OpenConnectionAsync())
                await connection.ExecuteAsync("""
                    INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, filing_channel)
                    VALUES ('benchmark', @Id, 1, 1, @Today::date, 'electronic')
                    """, new { Id = $"case-{i}", Today = today });
            requests.Request();
            await page.WaitForFunctionAsync(
                "expected => document.querySelector('[data-testid=tile-incoming]')?.textContent === expected",
                i.ToString("N0", english));
            if (i > Warmup) samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"latency: write one case + request aggregation -> tile shows it in headless Chromium, " +
                          $"{samples.Count} samples after {Warmup} warm-up");
        Console.WriteLine($"  median {Machine.Percentile(samples, 50):F1} ms, p95 {Machine.Percentile(samples, 95):F1} ms, " +
                          $"p99 {Machine.Percentile(samples, 99):F1} ms, min {samples.Min():F1} ms, max {samples.Max():F1} ms");
        var errors = browser.Errors.Where(e => !e.Contains("/api/simulation/status")).ToList();
        if (errors.Count > 0) Console.WriteLine($"  browser errors: {string.Join("; ", errors)}");
    }

    private static async Task SeedAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO regions (id, code, name, population) VALUES (1, 'B', 'Bench region', 1000000);
            INSERT INTO courts (id, code, name, region_id, level, population_served, judges)
            VALUES (1, 'B-1', 'Bench District Court', 1, 'district', 1000000, 10);
            INSERT INTO case_categories (id, code, name) VALUES (1, 'civil', 'Civil');
            """);
    }
}
