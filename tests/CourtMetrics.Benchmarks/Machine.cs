using System.Runtime.InteropServices;

namespace CourtMetrics.Benchmarks;

public static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0);
        return $"machine: {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), " +
               $"{memory:F0} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1; // nearest-rank
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>A command-line option's value ("--runs 40"), or the fallback.</summary>
    public static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): work done, not time spent waiting for a core.</summary>
    public static double ThreadCpuMilliseconds() =>
        ClockGetTime(3, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;

    /// <summary>
    /// CPU seconds used so far by a local PostgreSQL cluster (Linux /proc): the postmaster, its live children
    /// (backends, WAL writer, checkpointer…) and the children it has reaped. Work done, whatever the load.
    /// </summary>
    public static double PostgresCpuSeconds(string dataDirectory)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First());
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(directory, "stat")); }
            catch (IOException) { continue; } // the process ended meanwhile
            // After "pid (name) ": state, ppid, … utime (14th field), stime, cutime, cstime.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (pid != postmaster && int.Parse(fields[1]) != postmaster) continue;
            ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            if (pid == postmaster) ticks += long.Parse(fields[13]) + long.Parse(fields[14]);
        }
        return ticks / 100.0; // USER_HZ
    }
}
