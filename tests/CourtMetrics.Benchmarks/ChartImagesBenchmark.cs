using System.Diagnostics;
using System.Net.Http.Headers;
using CourtMetrics.Charts;
using CourtMetrics.Live;
using CourtMetrics.Metrics;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// Chart images on the demo court system (simulator backfilled, then still): a 1200×600 PNG of 3 series × 365 days
/// (the durations view's "within the time standards" chart, national, by day) rendered uncached (ScottPlot alone,
/// and through HTTP after a data change, which also reads the series again) and cached (HTTP from the in-memory
/// cache, and 304 on the ETag); a ZIP of 12 charts (case flow and budget) uncached and cached; and the baseline a
/// browser-based renderer pays: headless Chromium opening the same chart on the dashboard and screenshotting it.
///   chart-images [--runs 40] [--save directory]
/// </summary>
public static class ChartImagesBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var runs = int.Parse(Machine.Option(args, "--runs", "40"));
        var save = Machine.Option(args, "--save", "");
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var app = new BenchmarkApp(connectionString, new Dictionary<string, string>
        {
            ["Simulation:Enabled"] = "true", ["Simulation:HistoryYears"] = "2",
            ["Simulation:CasesPerCourtPerYear"] = "400", ["Simulation:EventsPerSecond"] = "0",
        });
        var url = app.StartOnRealPort();
        var status = app.Services.GetRequiredService<SimulationStatus>();
        while (status.Phase != SimulationPhase.Live) await Task.Delay(200);
        await app.Services.GetRequiredService<ChangeFeed>().Listening;
        await Task.Delay(3000); // the backfill's own change notice reaches the caches before timing starts
        var measures = app.Services.GetRequiredService<MeasureCache>();

        using var http = new HttpClient { BaseAddress = url };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"granularity=day&from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var png = $"/api/charts/views/durations/2.png?{range}&width=1200&height=600";

        // Warm-up: the first render in a process loads fonts and JITs ScottPlot (~170 ms).
        var first = await http.GetByteArrayAsync(png);
        var points = await CountPointsAsync(http, range);

        var request = Parse(app.Services, png, today);
        var data = await app.Services.GetRequiredService<ChartDataReader>().ReadAsync(
            request, await app.Services.GetRequiredService<ChartImageCache>().StampAsync(), default);
        var renderer = app.Services.GetRequiredService<ChartRenderer>();
        var renderCpu = new List<double>();
        var render = await TimeAsync(runs, () =>
        {
            // What the uncached HTTP figure holds besides reading: the same Draw and PNG encoding, timed alone, also
            // in this thread's CPU time, which the other processes on the shared cores do not inflate.
            var cpu = Machine.ThreadCpuMilliseconds();
            using var plot = renderer.Draw(request, data);
            var png = ChartImages.Png(plot, request.Image);
            renderCpu.Add(Machine.ThreadCpuMilliseconds() - cpu);
            return Task.FromResult(png);
        });
        var defaultEncoderCpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            // The same chart through ScottPlot's own GetImageBytes, to weigh the product's PNG encoder against it.
            var cpu = Machine.ThreadCpuMilliseconds();
            using var plot = renderer.Draw(request, data);
            plot.GetImageBytes(request.Image.PixelWidth, request.Image.PixelHeight, ScottPlot.ImageFormat.Png);
            defaultEncoderCpu.Add(Machine.ThreadCpuMilliseconds() - cpu);
        }
        var uncached = await TimeAsync(runs, async () => { measures.Clear(); return await http.GetByteArrayAsync(png); });
        Console.WriteLine($"  load average during the PNG runs: {File.ReadAllText("/proc/loadavg").Trim()}");
        var cached = await TimeAsync(runs * 5, () => http.GetByteArrayAsync(png));
        var etag = (await http.GetAsync(png)).Headers.ETag!;
        var revalidated = await TimeAsync(runs * 5, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, png);
            request.Headers.IfNoneMatch.Add(etag);
            using var response = await http.SendAsync(request);
            return response.StatusCode == System.Net.HttpStatusCode.NotModified ? [] : throw new InvalidOperationException("not a 304");
        });

        var zipRuns = Math.Max(5, runs / 4);
        var zipUncached = await TimeAsync(zipRuns, async () => { measures.Clear(); return await TwelveChartZipAsync(app.Services, today); });
        var zipCached = await TimeAsync(zipRuns * 4, () => TwelveChartZipAsync(app.Services, today));

        Console.WriteLine($"chart-images: {points} points (3 series × {points / 3} days), PNG {first.Length / 1024} KiB");
        Report("PNG 1200×600, ScottPlot render only", render);
        Report("PNG 1200×600, ScottPlot render only, thread CPU time", renderCpu);
        Report("PNG 1200×600 through ScottPlot's GetImageBytes (its default encoder), thread CPU time", defaultEncoderCpu);
        Report("PNG 1200×600 via HTTP, uncached (after a data change: series re-read + render)", uncached);
        Report("PNG 1200×600 via HTTP, cached (in-memory)", cached);
        Report("PNG 1200×600 via HTTP, If-None-Match → 304", revalidated);
        Report("ZIP of 12 charts 1200×600, uncached", zipUncached);
        Report("ZIP of 12 charts 1200×600, cached images", zipCached);
        if (save != "") await SaveSamplesAsync(http, save, first);

        var (browserFull, browserShot) = await ChromiumAsync(url, today, Math.Max(5, runs / 4), save);
        Report("Chromium: open the dashboard view, wait for the chart, screenshot it", browserFull);
        Report("Chromium: screenshot of the chart on an open page", browserShot);
        Console.WriteLine($"ratio: Chromium page+screenshot p50 / ScottPlot uncached HTTP p50 = " +
                          $"{Machine.Percentile(browserFull, 50) / Machine.Percentile(uncached, 50):F1}×; " +
                          $"Chromium screenshot alone / ScottPlot render alone = {Machine.Percentile(browserShot, 50) / Machine.Percentile(render, 50):F1}×");
    }

    /// <summary>Samples to look at: the benchmark's chart, a dark Kazakh bar chart, a Russian SVG, a stacked chart, a deck.</summary>
    private static async Task SaveSamplesAsync(HttpClient http, string directory, byte[] benchmarked)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, "durations-2.png"), benchmarked);
        foreach (var (name, query) in new[] { ("flow-kk-dark.png", "views/case-flow/1.png?lang=kk&theme=dark"), ("percentiles-ru.svg", "views/durations/1.svg?lang=ru"),
                     ("pending-age.png", "views/durations/3.png?scale=2"), ("pending.png", "views/case-flow/2.png"), ("case-flow.pptx", "views/case-flow.pptx") })
            await File.WriteAllBytesAsync(Path.Combine(directory, name), await http.GetByteArrayAsync($"/api/charts/{query}"));
    }

    private static ChartRequest Parse(IServiceProvider services, string url, DateOnly today)
    {
        var (path, query) = (url.Split('?')[0], QueryHelpers(url.Split('?')[1]));
        var parts = path.Split('/');
        var chart = services.GetRequiredService<ChartDefinitions>().Views[parts[^2]].Charts[int.Parse(parts[^1].Split('.')[0]) - 1];
        return ChartRequest.TryParse(query, chart, services.GetRequiredService<MetricCatalogue>(), today, out var request, out var error)
            ? request : throw new ArgumentException(error);
    }

    private static QueryCollection QueryHelpers(string query) => new(query.Split('&').Select(p => p.Split('=', 2))
        .ToDictionary(p => p[0], p => new StringValues(Uri.UnescapeDataString(p[1]))));

    private static async Task<byte[]> TwelveChartZipAsync(IServiceProvider services, DateOnly today)
    {
        var definitions = services.GetRequiredService<ChartDefinitions>();
        var requests = new[] { "case-flow", "budget" }.SelectMany(view => Enumerable.Range(1, definitions.Views[view].Charts.Count)
            .Select(n => Parse(services, $"/api/charts/views/{view}/{n}.png?width=1200&height=600", today))).ToList();
        var stamp = await services.GetRequiredService<ChartImageCache>().StampAsync();
        var file = await services.GetRequiredService<ChartPacks>().BuildAsync(_ => "case-flow", requests, "zip", "benchmark", stamp, default);
        return requests.Count == 12 ? file.Bytes : throw new InvalidOperationException($"{requests.Count} charts, not 12");
    }

    /// <summary>Headless Chromium showing the same chart on the dashboard (the durations view, national, by day, the same 365 days).</summary>
    private static async Task<(List<double> Full, List<double> Shot)> ChromiumAsync(Uri url, DateOnly today, int runs, string save)
    {
        await using var browser = await Browser.LaunchAsync();
        var page = new Uri(url, $"/?view=durations&granularity=day&period=custom&from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        const string card = "figure[data-measures='within_standard_1 within_standard_2 within_standard_3']";
        var full = new List<double>();
        var shot = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var tab = await browser.OpenAsync(page, 1400, 900);
            // The chart has its 365 days (the view's other charts load beside it, as on any dashboard page).
            await tab.WaitForFunctionAsync($"() => {{ const chart = document.querySelector(\"{card} .chart\"); " +
                $"return !!chart && window.echarts?.getInstanceByDom(chart)?.getOption()?.series[2]?.data.length === 365; }}",
                null, new() { Timeout = 300_000 });
            await tab.WaitForTimeoutAsync(350); // ECharts' 300 ms update animation: a renderer must wait it out
            var image = await tab.Locator(card).ScreenshotAsync(new() { Type = Microsoft.Playwright.ScreenshotType.Png });
            if (i > 0) full.Add(clock.Elapsed.TotalMilliseconds); // the first opens a cold browser
            var alone = Stopwatch.StartNew();
            await tab.Locator(card).ScreenshotAsync();
            if (i > 0) shot.Add(alone.Elapsed.TotalMilliseconds);
            if (i == 0 && save != "") { Directory.CreateDirectory(save); await File.WriteAllBytesAsync(Path.Combine(save, "chromium.png"), image); }
            await tab.Context.CloseAsync();
        }
        return (full, shot);
    }

    private static async Task<int> CountPointsAsync(HttpClient http, string range)
    {
        var csv = await http.GetStringAsync($"/api/charts/views/durations/2.csv?{range}");
        return (csv.TrimEnd().Split("\r\n").Length - 1) * 3;
    }

    private static async Task<List<double>> TimeAsync(int runs, Func<Task<byte[]>> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static void Report(string what, IReadOnlyList<double> ms) =>
        Console.WriteLine($"  {what}: p50 {Machine.Percentile(ms, 50):F2} ms, p95 {Machine.Percentile(ms, 95):F2} ms ({ms.Count} runs)");
}
