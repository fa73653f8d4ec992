using System.Diagnostics;
using CourtMetrics.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace CourtMetrics.Benchmarks;

/// <summary>A dashboard's watched series: case flow of its scope and one other family, by month over 12 months.</summary>
public sealed record LoadView(string Scope, string OtherFamily);

/// <summary>
/// The load's SignalR clients, each subscribed as a browser's dashboard is (SubscribeMeasures per series). Counts
/// every push, every connection closed while the load runs and every failed invoke; hands case-flow pushes to the
/// marked event being timed.
/// </summary>
public sealed class LoadClients : IAsyncDisposable
{
    private readonly List<HubConnection> _hubs = [];
    private readonly List<string> _errors = [];
    private long _pushes;
    private int _disconnects, _invokeErrors;
    private volatile bool _closing;

    public IReadOnlyList<LoadView> Views { get; }
    public long Pushes => Interlocked.Read(ref _pushes);
    public int Disconnects => _disconnects;
    public int InvokeErrors => _invokeErrors;
    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors.Take(10)]; } }

    private LoadClients(IReadOnlyList<LoadView> views) => Views = views;

    public static async Task<LoadClients> ConnectAsync(Uri app, IReadOnlyList<LoadView> views, MarkedEvent marked, Stopwatch clock)
    {
        var clients = new LoadClients(views);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (from, to) = (new DateOnly(today.Year, today.Month, 1).AddMonths(-11).ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd"));
        var hubs = new HubConnection[views.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, views.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var hub = new HubConnectionBuilder().WithUrl(new Uri(app, "/hubs/live")).Build();
            string? caseFlowKey = null;
            hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), update =>
            {
                Interlocked.Increment(ref clients._pushes);
                if (update.Key == caseFlowKey) marked.Received(i, update.Version, clock.Elapsed.TotalMilliseconds);
            });
            hub.Closed += error =>
            {
                if (!clients._closing) clients.Record(ref clients._disconnects, $"client {i} disconnected: {error?.Message ?? "closed"}");
                return Task.CompletedTask;
            };
            try
            {
                await hub.StartAsync();
                var caseFlow = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures),
                    new MeasureRequest("case-flow", views[i].Scope, null, "month", from, to));
                caseFlowKey = caseFlow.Key;
                await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures),
                    new MeasureRequest(views[i].OtherFamily, views[i].Scope, null, "month", from, to));
            }
            catch (Exception e)
            {
                clients.Record(ref clients._invokeErrors, $"client {i}: {e.Message}");
            }
            hubs[i] = hub;
        });
        clients._hubs.AddRange(hubs);
        return clients;
    }

    private void Record(ref int counter, string error)
    {
        Interlocked.Increment(ref counter);
        lock (_errors) _errors.Add(error);
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        await Parallel.ForEachAsync(_hubs, async (hub, _) => await hub.DisposeAsync());
    }
}
