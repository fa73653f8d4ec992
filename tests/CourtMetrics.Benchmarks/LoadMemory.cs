using System.Diagnostics;
using System.Text;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The app process's memory over a run, from /proc/&lt;pid&gt;/status (no diagnostics tool needed): resident set
/// (the working set), its anonymous part (mostly the GC heap and native allocations), the peak, threads; with the
/// load average and the events and pushes so far at each sample.
/// </summary>
public sealed class LoadMemory(int processId, Stopwatch clock, TimeSpan start, Func<(long Events, long Pushes)> progress)
{
    private sealed record Reading(TimeSpan At, long RssKb, long AnonKb, long PeakKb, int Threads, string Load, long Events, long Pushes);

    private readonly List<Reading> _samples = [];

    public async Task SampleEveryAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        Sample();
        try
        {
            while (await timer.WaitForNextTickAsync(stop)) Sample();
        }
        catch (OperationCanceledException) { }
    }

    public void Sample()
    {
        var status = File.ReadLines($"/proc/{processId}/status").Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim());
        long Kb(string field) => status.TryGetValue(field, out var v) ? long.Parse(v.Split(' ')[0]) : -1;
        var (events, pushes) = progress();
        lock (_samples)
            _samples.Add(new Reading(clock.Elapsed - start, Kb("VmRSS"), Kb("RssAnon"), Kb("VmHWM"), int.Parse(status["Threads"]),
                IngestApiBenchmark.LoadAverage(), events, pushes));
    }

    public string LoadRange
    {
        get
        {
            lock (_samples)
            {
                var ones = _samples.Select(s => double.Parse(s.Load.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
                return ones.Count == 0 ? "unknown" : $"{ones.Min():F1}–{ones.Max():F1} (median {Machine.Percentile(ones, 50):F1})";
            }
        }
    }

    public string Table()
    {
        var table = new StringBuilder("| time | working set (VmRSS) | anonymous (RssAnon) | peak (VmHWM) | threads | events accepted | pushes received | load average |\n");
        table.Append("|---|---|---|---|---|---|---|---|\n");
        lock (_samples)
            foreach (var s in _samples)
                table.Append($"| {s.At:mm\\:ss} | {s.RssKb / 1024.0:F0} MB | {s.AnonKb / 1024.0:F0} MB | {s.PeakKb / 1024.0:F0} MB | {s.Threads} | " +
                             $"{s.Events:N0} | {s.Pushes:N0} | {s.Load} |\n");
        return table.ToString();
    }
}
