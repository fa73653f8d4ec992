using System.Diagnostics;
using System.Diagnostics.Metrics;
using CourtMetrics.Jobs;
using CourtMetrics.Live;
using CourtMetrics.Metrics;
using CourtMetrics.Observability;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.ScaleOut;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// Many open dashboards on the demo court system with its simulator running: N SignalR clients (WebSockets) spread
/// over 18 views of every family and three kinds of scope (the nation, regions, courts; by month over 12 months).
/// Marked events — one case filed in a watched court — are timed from their commit to each client whose view
/// contains that court; measure reads from the database are counted per data change (the product's
/// "courtmetrics.measure_reads" counter) while the simulator keeps every view moving.
///   dashboards [--viewers 10,100,1000] [--events 60] [--rate 20] [--cases-per-court 400]
///   two-nodes [--viewers 2000] ...: the same viewers on one node, then split over two (the second a web node, a
///   child process on the same database); measure reads are those of the first node only.
/// </summary>
public static class DashboardsBenchmark
{
    private sealed record View(string Family, string Scope);

    public static async Task RunAsync(string[] args)
    {
        var viewerCounts = Machine.Option(args, "--viewers", "10,100,1000").Split(',').Select(int.Parse).ToList();
        var events = int.Parse(Machine.Option(args, "--events", "60"));
        var rate = Machine.Option(args, "--rate", "20");
        var casesPerCourt = Machine.Option(args, "--cases-per-court", "400");
        foreach (var viewers in viewerCounts) await RunOnceAsync(viewers, events, rate, casesPerCourt, nodes: 1);
    }

    public static async Task TwoNodesAsync(string[] args)
    {
        var viewers = int.Parse(Machine.Option(args, "--viewers", "2000"));
        var events = int.Parse(Machine.Option(args, "--events", "60"));
        var rate = Machine.Option(args, "--rate", "20");
        var casesPerCourt = Machine.Option(args, "--cases-per-court", "400");
        foreach (var nodes in new[] { 1, 2 }) await RunOnceAsync(viewers, events, rate, casesPerCourt, nodes);
    }

    private static async Task RunOnceAsync(int viewers, int events, string rate, string casesPerCourt, int nodes)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var app = new BenchmarkApp(connectionString, new Dictionary<string, string>
        {
            ["Simulation:Enabled"] = "true", ["Simulation:HistoryYears"] = "2",
            ["Simulation:CasesPerCourtPerYear"] = casesPerCourt, ["Simulation:EventsPerSecond"] = rate,
        });
        var url = app.StartOnRealPort();
        await using var db = NpgsqlDataSource.Create(connectionString);
        var status = app.Services.GetRequiredService<SimulationStatus>();
        while (status.Phase != SimulationPhase.Live) await Task.Delay(200);
        await app.Services.GetRequiredService<ChangeFeed>().Listening;
        var others = new List<AppNode>();
        for (var n = 2; n <= nodes; n++)
        {
            others.Add(AppNode.Start($"web node {n}", connectionString, "web"));
            await others[^1].WaitReadyAsync();
        }
        Uri[] urls = [url, .. others.Select(o => o.Address)];

        var watched = await WatchedCourts.ReadAsync(db);
        var scopes = watched.Scopes; // nation, regions A, B, C, courts A1, A2, B1
        View[] views =
        [
            new("case-flow", scopes[0]), new("case-durations", scopes[0]), new("digital-access", scopes[0]),
            new("case-flow", scopes[1]), new("case-flow", scopes[2]), new("case-flow", scopes[3]), new("digital-access", scopes[1]),
            new("case-flow", scopes[4]), new("case-flow", scopes[5]), new("digital-access", scopes[6]),
            // the case duration view (durations and the pending caseload's age) and the budget view, at each kind of scope
            new("case-durations", scopes[1]), new("case-durations", scopes[4]), new("pending-age", scopes[0]),
            new("pending-age", scopes[2]), new("pending-age", scopes[5]), new("budget", scopes[0]), new("budget", scopes[3]),
            new("budget", scopes[6]),
        ];

        var clock = Stopwatch.StartNew();
        var marked = new MarkedEvent();
        long pushes = 0; // every push any client receives: the simulator's and the marked events'
        var clients = new List<HubConnection>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < viewers; i++)
        {
            var client = i;
            var view = views[i % views.Length];
            var hub = new HubConnectionBuilder().WithUrl(new Uri(urls[i % urls.Length], "/hubs/live")).Build();
            hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), update =>
            {
                Interlocked.Increment(ref pushes);
                marked.Received(client, update.Version, clock.Elapsed.TotalMilliseconds);
            });
            await hub.StartAsync();
            await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), new MeasureRequest(view.Family, view.Scope, null,
                "month", month.AddMonths(-11).ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
            clients.Add(hub);
        }

        long reads = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == ProductTelemetry.Meter && instrument.Name == "courtmetrics.measure_reads") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref reads, value));
        await using var connection = await db.OpenConnectionAsync();
        var firstVersion = await LatestVersionAsync(connection);
        listener.Start();
        var (pushesBefore, windowStart) = (Interlocked.Read(ref pushes), clock.Elapsed.TotalSeconds);

        var requests = app.Services.GetRequiredService<AggregationRequests>();
        var random = new Random(7);
        var latencies = new List<double>();
        var missed = 0;
        var markedCourts = watched.Marked;
        for (var e = 1; e <= events; e++)
        {
            var court = markedCourts[random.Next(markedCourts.Length)];
            var committedAt = await WriteMarkedEventAsync(db, court.Id, today, e, marked, clock);
            requests.Request();
            var expected = Enumerable.Range(0, viewers).Where(i => WatchedCourts.Sees(views[i % views.Length].Scope, court)).ToList();
            var deadline = clock.Elapsed.TotalMilliseconds + 15_000;
            while (clock.Elapsed.TotalMilliseconds < deadline && !expected.All(marked.Arrivals.ContainsKey)) await Task.Delay(5);
            marked.Stop();
            missed += expected.Count(c => !marked.Arrivals.ContainsKey(c));
            if (e > 3) latencies.AddRange(expected.Where(marked.Arrivals.ContainsKey).Select(c => marked.Arrivals[c] - committedAt)); // first events warm up
            await Task.Delay(random.Next(100, 400)); // marked events at no fixed phase of the simulator's ticks
        }
        listener.Dispose();
        var changes = await LatestVersionAsync(connection) - firstVersion;
        var window = clock.Elapsed.TotalSeconds - windowStart;
        var delivered = Interlocked.Read(ref pushes) - pushesBefore;

        Console.WriteLine($"dashboards: {viewers} viewers on {nodes} node(s) over {views.Length} views, simulator at {rate} events/s, {events} marked events: " +
                          $"{latencies.Count} deliveries, {missed} missed; event -> client p50 {Machine.Percentile(latencies, 50):F1} ms, " +
                          $"p95 {Machine.Percentile(latencies, 95):F1} ms, p99 {Machine.Percentile(latencies, 99):F1} ms; " +
                          $"{changes} data changes, measure reads per change {(double)reads / Math.Max(1, changes):F2}; " +
                          $"throughput {delivered} pushes delivered in {window:F1} s = {delivered / window:F0} pushes/s, " +
                          $"{changes / window:F2} data changes/s");
        foreach (var hub in clients) await hub.DisposeAsync();
        foreach (var other in others) await other.DisposeAsync();
    }

    /// <summary>Files one case in the court (see MarkedEvent.WriteAsync: every later data version includes it).</summary>
    private static Task<double> WriteMarkedEventAsync(NpgsqlDataSource db, int court, DateOnly today, int e,
        MarkedEvent marked, Stopwatch clock) =>
        marked.WriteAsync(db, clock, (connection, transaction) => connection.ExecuteAsync("""
            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, filing_channel)
            SELECT 'benchmark', @Id, @Court, min(id), @Today, 'electronic' FROM case_categories
            """, new { Id = $"mark-{Guid.NewGuid():N}-{e}", Court = court, Today = today }, transaction));

    private static Task<long> LatestVersionAsync(NpgsqlConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT coalesce(max(version), 0) FROM data_versions");
}
