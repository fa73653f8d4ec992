using System.Diagnostics;
using System.Net.Http.Json;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Tests.ScaleOut;
using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// Sustained load on one app node, run as in production (a child process; the demo court system backfilled, its
/// simulator still): N SignalR clients subscribed as the dashboard's browsers are, while source systems send
/// events through POST /api/ingest/batches with their API keys at a steady rate, for minutes. Marked events (one
/// case filed through the API in a watched court, by a source system of its own) are timed from the API's answer
/// to each client whose view contains that court receiving a push that includes it (MarkedEvent). Errors: failed
/// HTTP calls, hub disconnects, invoke errors, marked events not reflected within 30 s. The app's memory
/// (/proc/&lt;pid&gt;/status) is sampled every 30 s.
///   load [--minutes 10] [--clients 1000] [--rate 500] [--batch 250] [--sources 8] [--cases-per-court 400]
/// </summary>
public static class LoadBenchmark
{
    private const string Password = "load benchmark administrator";

    public static async Task RunAsync(string[] args)
    {
        var minutes = double.Parse(Machine.Option(args, "--minutes", "10"));
        var clientCount = int.Parse(Machine.Option(args, "--clients", "1000"));
        var rate = double.Parse(Machine.Option(args, "--rate", "500"));
        var batch = int.Parse(Machine.Option(args, "--batch", "250"));
        var sourceCount = int.Parse(Machine.Option(args, "--sources", "8"));
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var node = AppNode.Start("app", connectionString, "both", new Dictionary<string, string>
        {
            ["Simulation__Enabled"] = "true", ["Simulation__HistoryYears"] = "1", ["Simulation__EventsPerSecond"] = "0",
            ["Simulation__CasesPerCourtPerYear"] = Machine.Option(args, "--cases-per-court", "400"),
            ["Accounts__FirstAdministratorPassword"] = Password,
        });
        await node.WaitReadyAsync(300);
        using var anonymous = node.Client();
        while ((await anonymous.GetFromJsonAsync<SimulationState>("/api/simulation/status"))?.Phase != "live") await Task.Delay(500);
        await using var db = NpgsqlDataSource.Create(connectionString);
        var system = await WatchedCourts.ReadAsync(db);
        var keys = await CreateKeysAsync(node, sourceCount + 1);
        Console.WriteLine($"load: {clientCount:N0} clients, {rate:N0} events/s in batches of {batch:N0} from {sourceCount} source systems, " +
                          $"{minutes} min; {system.Courts.Length} courts; load average before: {IngestApiBenchmark.LoadAverage()}");

        var clock = Stopwatch.StartNew();
        var marked = new MarkedEvent();
        // Every scope with case flow and, in turn, one of the other families: 7 scopes × 3 = 21 kinds of dashboard.
        string[] others = ["case-durations", "digital-access", "budget"];
        var views = Enumerable.Range(0, clientCount)
            .Select(i => new LoadView(system.Scopes[i % system.Scopes.Length], others[i / system.Scopes.Length % others.Length])).ToList();
        await using var clients = await LoadClients.ConnectAsync(node.Address, views, marked, clock);
        Console.WriteLine($"  {clientCount:N0} clients connected and subscribed in {clock.Elapsed.TotalSeconds:F1} s");

        var sources = new LoadSources(node.Address, system.Courts, system.Categories, batch);
        var start = clock.Elapsed;
        var end = start + TimeSpan.FromMinutes(minutes);
        var memory = new LoadMemory(node.ProcessId, clock, start, () => (sources.EventsAccepted, clients.Pushes));
        using var sampling = new CancellationTokenSource();
        var sampler = memory.SampleEveryAsync(TimeSpan.FromSeconds(30), sampling.Token);
        var sending = sources.RunAsync(keys[1..], rate, clock, end);
        var (latencies, marks, missed) = await MarkAsync(db, system, clients, sources, LoadSources.Client(node.Address, keys[0]), marked, clock, end);
        await sending;
        var window = (clock.Elapsed - start).TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        memory.Sample();

        var batches = sources.BatchMilliseconds;
        Console.WriteLine($"""

            | what | result |
            |---|---|
            | run | {window / 60:F1} min, {clientCount:N0} clients over {views.Select(v => v.Scope).Distinct().Count()} scopes × 2 series |
            | events accepted | {sources.EventsAccepted:N0} = {sources.EventsAccepted / window:N0} events/s ({sources.Batches:N0} batches, p50 {Machine.Percentile(batches, 50):F0} ms, p95 {Machine.Percentile(batches, 95):F0} ms) |
            | marked events | {marks} ({latencies.Count:N0} deliveries timed) |
            | event → client | p50 {Machine.Percentile(latencies, 50):F1} ms, p95 {Machine.Percentile(latencies, 95):F1} ms, p99 {Machine.Percentile(latencies, 99):F1} ms |
            | pushes received | {clients.Pushes:N0} ({clients.Pushes / window:N0}/s) |
            | errors | {sources.Failed} failed HTTP calls, {clients.Disconnects} hub disconnects, {clients.InvokeErrors} invoke errors, {missed} deliveries of marked events missing |
            | load average (1 min) | {memory.LoadRange} |

            """);
        Console.WriteLine(memory.Table());
        foreach (var error in sources.Errors.Concat(clients.Errors)) Console.WriteLine($"  error: {error}");
    }

    private sealed record SimulationState(string Phase);

    /// <summary>Keys of source systems load-0 … (the first for marked events), created by the first administrator.</summary>
    private static async Task<string[]> CreateKeysAsync(AppNode node, int count)
    {
        using var admin = node.Client();
        (await admin.PostAsJsonAsync("/api/account/sign-in", new { userName = "admin", password = Password })).EnsureSuccessStatusCode();
        var keys = new string[count];
        for (var s = 0; s < count; s++)
        {
            var response = await admin.PostAsJsonAsync("/api/admin/api-keys", new { name = $"load {s}", sourceSystem = $"load-{s}" });
            keys[s] = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CreatedApiKey>())!.Key;
        }
        return keys;
    }

    /// <summary>Marked events one after another until the end: each waits for every client that should see it (30 s at most).</summary>
    private static async Task<(List<double> Latencies, int Marks, int Missed)> MarkAsync(NpgsqlDataSource db, WatchedCourts system,
        LoadClients clients, LoadSources sources, HttpClient marks, MarkedEvent marked, Stopwatch clock, TimeSpan end)
    {
        var random = new Random(7);
        var (latencies, count, missed) = (new List<double>(), 0, 0);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        for (var e = 1; clock.Elapsed < end; e++)
        {
            await Task.Delay(random.Next(500, 2000)); // at no fixed phase of the sources' batches
            var court = system.Marked[random.Next(system.Marked.Length)];
            var accepted = false;
            var acceptedAt = await marked.WriteAsync(db, clock, async (_, _) => accepted = await sources.SendAsync(marks, new
            {
                items = new[] { new { kind = "case_filed", case_id = $"mark-{e}", court = court.Code, category = system.Categories[0],
                    filed_on = today, filing_channel = "electronic" } },
            }, 1));
            if (!accepted) { marked.Stop(); continue; }
            count++;
            var expected = Enumerable.Range(0, clients.Views.Count).Where(i => WatchedCourts.Sees(clients.Views[i].Scope, court)).ToList();
            var deadline = clock.Elapsed.TotalMilliseconds + 30_000;
            while (clock.Elapsed.TotalMilliseconds < deadline && !expected.All(marked.Arrivals.ContainsKey)) await Task.Delay(5);
            marked.Stop();
            missed += expected.Count(c => !marked.Arrivals.ContainsKey(c));
            if (e > 3) latencies.AddRange(expected.Where(marked.Arrivals.ContainsKey).Select(c => marked.Arrivals[c] - acceptedAt));
        }
        return (latencies, count, missed);
    }
}
