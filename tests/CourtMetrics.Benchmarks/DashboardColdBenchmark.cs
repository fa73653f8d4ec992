using System.Diagnostics;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The dashboard opened cold — a new browser profile, nothing cached — over the demo court system with three years of
/// history: the time from navigation to the first chart drawn with data, and the bytes the page downloads on the
/// wire until then (every response's encoded body and headers), median of --runs. Once more without compression
/// (Accept-Encoding: identity) for the baseline. Goal (issue 19): first chart &lt; 1 s, downloads &lt; 1.5 MB.
///   dashboard-cold [--runs 5]
/// </summary>
public static class DashboardColdBenchmark
{
    private const string FirstChartDrawn = """
        () => [...document.querySelectorAll('.chart')].some(element => {
          const chart = echarts.getInstanceByDom(element);
          return chart && chart.getOption().series.some(s => (s.data ?? []).some(v => v != null && (v.value ?? v) > 0));
        })
        """;

    public static async Task RunAsync(string[] args)
    {
        var runs = int.Parse(Machine.Option(args, "--runs", "5"));
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var app = new BenchmarkApp(connectionString, new Dictionary<string, string>
        {
            ["Simulation:Enabled"] = "true", ["Simulation:HistoryYears"] = "3",
        });
        var url = app.StartOnRealPort();
        var status = app.Services.GetRequiredService<SimulationStatus>();
        while (status.Phase != SimulationPhase.Live) await Task.Delay(200);
        await using var browser = await Browser.LaunchAsync();
        await OpenAsync(browser, url, compressed: true); // the server's first page: JIT and caches warm

        var times = new List<double>();
        var bytes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (time, size) = await OpenAsync(browser, url, compressed: true, verbose: run == 0);
            times.Add(time);
            bytes.Add(size);
        }
        var (plainTime, plainBytes) = await OpenAsync(browser, url, compressed: false);
        Console.WriteLine($"dashboard-cold: overview, 3 years of demo history, {runs} cold opens: first chart drawn median " +
                          $"{Machine.Percentile(times, 50):F0} ms (runs {string.Join(", ", times.Select(t => t.ToString("F0")))}); downloaded " +
                          $"median {Machine.Percentile(bytes, 50) / 1024:F0} KiB; without compression {plainBytes / 1024:F0} KiB " +
                          $"(first chart {plainTime:F0} ms)");
    }

    private static async Task<(double Milliseconds, long Bytes)> OpenAsync(Browser browser, Uri url, bool compressed, bool verbose = false)
    {
        var responses = new List<IResponse>();
        var clock = Stopwatch.StartNew();
        var page = await browser.OpenAsync(url, prepare: async context =>
        {
            if (!compressed) await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Encoding"] = "identity" });
            context.Response += (_, response) => { lock (responses) responses.Add(response); };
        });
        await page.WaitForFunctionAsync(FirstChartDrawn, null, new() { Timeout = 60_000, PollingInterval = 10 });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (compressed && verbose)
            Console.WriteLine("  where the time went (ms from navigation): " + await page.EvaluateAsync<string>("""
                () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const late = performance.getEntriesByType('resource').sort((a, b) => b.responseEnd - a.responseEnd).slice(0, 6)
                    .map(r => `${r.name.replace(location.origin, '')} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`);
                  return `DOMContentLoaded ${Math.round(nav.domContentLoadedEventEnd)}, chart ${Math.round(performance.now())}; last responses: ${late.join('; ')}`;
                }
                """));
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // the live connection may keep a request open: count what came
        }
        long total = 0;
        foreach (var response in responses.ToList())
        {
            var sizes = await response.Request.SizesAsync();
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
        await page.Context.CloseAsync();
        return (elapsed, total);
    }
}
