using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CourtMetrics.Jobs;
using CourtMetrics.Live;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// Many open dashboards: N SignalR clients (WebSockets) each watching one of 10 views (the nation, 4 regions, 5
/// courts; case flow by month over 12 months) while events arrive. Per event: one case written and its aggregation
/// requested; measured until every client whose view contains that court has the push. Reports event → client
/// latency and measure reads from the database per event (the product's "courtmetrics.measure_reads" counter).
///   dashboards [--viewers 10,100,1000] [--events 60]
/// </summary>
public static class DashboardsBenchmark
{
    private static readonly string[] Views = ["nation", "region:1", "region:2", "region:3", "region:4", "court:11", "court:21", "court:31", "court:41", "court:12"];

    public static async Task RunAsync(string[] args)
    {
        var viewerCounts = Option(args, "--viewers", "10,100,1000").Split(',').Select(int.Parse).ToList();
        var events = int.Parse(Option(args, "--events", "60"));
        foreach (var viewers in viewerCounts) await RunOnceAsync(viewers, events);
    }

    private static async Task RunOnceAsync(int viewers, int events)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var app = new BenchmarkApp(connectionString);
        var url = app.StartOnRealPort();
        await using var db = NpgsqlDataSource.Create(connectionString);
        await SeedAsync(db);
        await app.Services.GetRequiredService<ChangeFeed>().Listening;

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1);
        var received = new ConcurrentBag<(int Event, double Ms)>();
        var current = 0;
        var clock = Stopwatch.StartNew();
        var sentAt = new ConcurrentDictionary<int, double>();
        var clients = new List<HubConnection>();
        for (var i = 0; i < viewers; i++)
        {
            var view = Views[i % Views.Length];
            var hub = new HubConnectionBuilder().WithUrl(new Uri(url, "/hubs/live")).Build();
            hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), _ =>
            {
                var e = Volatile.Read(ref current);
                if (sentAt.TryGetValue(e, out var at)) received.Add((e, clock.Elapsed.TotalMilliseconds - at));
            });
            await hub.StartAsync();
            await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), new MeasureRequest("case-flow", view, null, "month",
                month.AddMonths(-11).ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
            clients.Add(hub);
        }

        long reads = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == MeasureReader.Meter && instrument.Name == "courtmetrics.measure_reads") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref reads, value));
        listener.Start();

        var requests = app.Services.GetRequiredService<AggregationRequests>();
        var courts = new[] { 11, 21, 31, 41, 12 };
        var random = new Random(7);
        for (var e = 1; e <= events; e++)
        {
            var court = courts[random.Next(courts.Length)];
            var expected = Enumerable.Range(0, viewers).Count(i => Contains(Views[i % Views.Length], court));
            Volatile.Write(ref current, e);
            sentAt[e] = clock.Elapsed.TotalMilliseconds;
            await using (var connection = await db.OpenConnectionAsync())
                await connection.ExecuteAsync("""
                    INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, filing_channel)
                    VALUES ('benchmark', @Id, @Court, 1, @Today, 'electronic')
                    """, new { Id = $"e-{e}", Court = court, Today = today });
            requests.Request();
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (received.Count(r => r.Event == e) < expected && DateTime.UtcNow < deadline) await Task.Delay(5);
            await Task.Delay(50); // let stray pushes of this event land before the next one
        }
        listener.Dispose();

        var samples = received.Where(r => r.Event > 3).Select(r => r.Ms).ToList(); // first events warm up
        Console.WriteLine($"dashboards: {viewers} viewers over {Views.Length} views, {events} events: {samples.Count} deliveries; " +
                          $"event -> client p50 {Machine.Percentile(samples, 50):F1} ms, p95 {Machine.Percentile(samples, 95):F1} ms, " +
                          $"p99 {Machine.Percentile(samples, 99):F1} ms; measure reads per event {(double)reads / events:F2}");
        foreach (var hub in clients) await hub.DisposeAsync();
    }

    /// <summary>Regions 1–4, courts 11, 12 (region 1), 21, 31, 41 (regions 2–4).</summary>
    private static bool Contains(string view, int court) => view switch
    {
        "nation" => true,
        _ when view.StartsWith("region:") => int.Parse(view[7..]) == court / 10,
        _ => view == $"court:{court}",
    };

    private static async Task SeedAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO regions (id, code, name, population) SELECT r, 'R' || r, 'Region ' || r, 1000000 FROM generate_series(1, 4) r;
            INSERT INTO courts (id, code, name, region_id, level, population_served, judges)
            SELECT c, 'C' || c, 'Court ' || c, c / 10, 'district', 250000, 10 FROM unnest(ARRAY[11, 12, 21, 31, 41]) c;
            INSERT INTO case_categories (id, code, name) VALUES (1, 'civil', 'Civil');
            """);
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
