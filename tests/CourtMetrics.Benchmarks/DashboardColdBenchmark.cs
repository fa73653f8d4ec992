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
/// The first chart is timed in the page: a script added before the page's own looks for it every 10 ms, from the
/// navigation's start. The page may draw it before its load event, which Playwright's navigation waits for, so the
/// time as measured until 2026-12-07 — a stopwatch from creating the browser profile until Playwright has seen the
/// chart, after that load event — is printed beside it.
///   dashboard-cold [--runs 5] [--url http://127.0.0.1:5080/]
/// With --url it opens an app already running there (its own data, simulator as it is) instead of starting one.
/// </summary>
public static class DashboardColdBenchmark
{
    private const string FirstChartTimer = """
        const drawn = () => [...document.querySelectorAll('.chart')].some(element => window.echarts?.getInstanceByDom(element)
          ?.getOption()?.series.some(s => (s.data ?? []).some(v => v != null && (v.value ?? v) > 0)));
        const timer = setInterval(() => {
          if (!drawn()) return;
          window.firstChartDrawnAt = performance.now();
          clearInterval(timer);
        }, 10);
        // The main thread's long frames (over 50 ms) and the scripts in them, for the verbose run's breakdown.
        window.longFrames = [];
        new PerformanceObserver(list => window.longFrames.push(...list.getEntries()))
          .observe({ type: 'long-animation-frame', buffered: true });
        """;

    public static async Task RunAsync(string[] args)
    {
        var runs = int.Parse(Machine.Option(args, "--runs", "5"));
        var given = Machine.Option(args, "--url", "");
        await using var app = given == "" ? new BenchmarkApp(await TestPostgres.CreateDatabaseAsync(), new Dictionary<string, string>
        {
            ["Simulation:Enabled"] = "true", ["Simulation:HistoryYears"] = "3",
        }) : null;
        var url = app is null ? new Uri(given) : app.StartOnRealPort();
        if (app is not null)
        {
            var status = app.Services.GetRequiredService<SimulationStatus>();
            while (status.Phase != SimulationPhase.Live) await Task.Delay(200);
        }
        await using var browser = await Browser.LaunchAsync();
        await OpenAsync(browser, url, compressed: true); // the server's first page: JIT and caches warm

        var times = new List<double>();
        var walls = new List<double>();
        var bytes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (time, wall, size) = await OpenAsync(browser, url, compressed: true, verbose: run == 0);
            times.Add(time);
            walls.Add(wall);
            bytes.Add(size);
        }
        var (plainTime, _, plainBytes) = await OpenAsync(browser, url, compressed: false);
        var list = (List<double> values) => string.Join(", ", values.Select(t => t.ToString("F0")));
        Console.WriteLine($"dashboard-cold: overview, 3 years of demo history, {runs} cold opens: first chart drawn median " +
                          $"{Machine.Percentile(times, 50):F0} ms from navigation (runs {list(times)}); as measured until 2026-12-07 " +
                          $"median {Machine.Percentile(walls, 50):F0} ms (runs {list(walls)}); downloaded median " +
                          $"{Machine.Percentile(bytes, 50) / 1024:F0} KiB; without compression {plainBytes / 1024:F0} KiB " +
                          $"(first chart {plainTime:F0} ms)");
    }

    private static async Task<(double Milliseconds, double Wall, long Bytes)> OpenAsync(Browser browser, Uri url, bool compressed, bool verbose = false)
    {
        var responses = new List<IResponse>();
        var clock = Stopwatch.StartNew();
        var page = await browser.OpenAsync(url, prepare: async context =>
        {
            if (!compressed) await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Encoding"] = "identity" });
            context.Response += (_, response) => { lock (responses) responses.Add(response); };
            await context.AddInitScriptAsync(FirstChartTimer);
        });
        await page.WaitForFunctionAsync("() => window.firstChartDrawnAt != null", null, new() { Timeout = 60_000, PollingInterval = 10 });
        var wall = clock.Elapsed.TotalMilliseconds;
        var drawnAt = await page.EvaluateAsync<double>("() => window.firstChartDrawnAt");
        if (compressed && verbose)
            Console.WriteLine("  where the time went (ms from navigation): " + await page.EvaluateAsync<string>("""
                () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const all = performance.getEntriesByType('resource').sort((a, b) => a.startTime - b.startTime)
                    .map(r => `${r.name.replace(location.origin, '').replace(/\?.*family=([a-z-]+).*granularity=([a-z]+).*$/, '?$1/$2')} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`);
                  const file = url => (url || '?').replace(location.origin, '').replace(/^\//, '');
                  const frames = window.longFrames.filter(f => f.startTime < window.firstChartDrawnAt).map(f =>
                    `${Math.round(f.startTime)}+${Math.round(f.duration)} [render ${Math.round(f.startTime + f.duration - f.renderStart)}] ` +
                    f.scripts.map(s => `${file(s.sourceURL)}:${s.sourceFunctionName || s.invoker} ${Math.round(s.duration)}` +
                      (s.forcedStyleAndLayoutDuration > 5 ? ` (layout ${Math.round(s.forcedStyleAndLayoutDuration)})` : '')).join(', '));
                  return `DOMContentLoaded ${Math.round(nav.domContentLoadedEventEnd)}, load ${Math.round(nav.loadEventEnd)}, ` +
                    `chart ${Math.round(window.firstChartDrawnAt)}; every response in order of request: ${all.join('; ')}; ` +
                    `long frames before the chart (start+duration ms, scripts): ${frames.join(' | ')}`;
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
        return (drawnAt, wall, total);
    }
}
