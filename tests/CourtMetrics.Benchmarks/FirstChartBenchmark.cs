using CourtMetrics.Site;
using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// What a newcomer waits for: from `./run.sh` to the first chart with data and then its first live change, in a
/// real headless Chromium. Run twice: on a fresh cluster (installs nothing, creates the cluster, backfills the
/// demo) and again on the kept data. The build is warm (run the command once before).
///   first-chart
/// </summary>
public static class FirstChartBenchmark
{
    private const int Port = 55470;
    private const string Url = "http://127.0.0.1:5190";

    public static async Task RunAsync(string[] args)
    {
        var root = RepositoryLayout.Root(AppContext.BaseDirectory);
        var directory = Path.Combine(root, ".data", "bench-first-chart");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);

        await using var browser = await Browser.LaunchAsync();
        foreach (var run in new[] { "fresh database", "kept data" })
        {
            var clock = Stopwatch.StartNew();
            using var product = StartRunCommand(root, directory);
            await WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            var page = await browser.OpenAsync(new Uri(Url));
            var serving = clock.Elapsed;
            await page.WaitForFunctionAsync(
                // Data = a count other than 0: before the first aggregation the tiles show zeros.
                "() => /[1-9]/.test(document.querySelector('[data-testid=tile-incoming]')?.textContent ?? '') " +
                "&& document.querySelector('[data-testid=connection]')?.dataset.state === 'connected'",
                null, new() { Timeout = 180_000 });
            var firstChart = clock.Elapsed;
            var before = await page.TextContentAsync("[data-testid=tile-incoming]");
            await page.WaitForFunctionAsync(
                "before => document.querySelector('[data-testid=tile-incoming]')?.textContent !== before",
                before, new() { Timeout = 60_000 });
            var firstLive = clock.Elapsed;
            await page.Context.CloseAsync();

            var stopping = Stopwatch.StartNew();
            // Ctrl-C in a terminal signals the whole foreground process group; so does this.
            Process.Start("kill", ["-INT", "--", $"-{product.Id}"])!.WaitForExit();
            await product.WaitForExitAsync();
            var clusterStopped = !File.Exists(Path.Combine(directory, "data", "postmaster.pid"));
            Console.WriteLine($"{run}: site serving {serving.TotalSeconds:F1} s, first chart with data {firstChart.TotalSeconds:F1} s, " +
                              $"first live change {firstLive.TotalSeconds:F1} s; Ctrl-C stopped all in {stopping.Elapsed.TotalSeconds:F1} s " +
                              $"(local cluster stopped: {clusterStopped})");
        }
    }

    private static async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync($"{Url}/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Url} was not ready within {limit}");
    }

    private static Process StartRunCommand(string root, string directory)
    {
        var start = new ProcessStartInfo("setsid", ["bash", "run.sh"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["LocalDatabase__Directory"] = directory,
                ["LocalDatabase__Port"] = Port.ToString(),
                ["ASPNETCORE_URLS"] = Url,
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
