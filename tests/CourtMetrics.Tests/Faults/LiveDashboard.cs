using CourtMetrics.Live;
using Microsoft.AspNetCore.SignalR.Client;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// A SignalR client subscribed as the dashboard's overview is: this month's case flow of a scope, from its 1st to today. It keeps every
/// push with the time it arrived.
/// </summary>
public sealed class LiveDashboard : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly List<(DateTime At, MeasureUpdate Update)> _pushes = [];

    private LiveDashboard(HubConnection hub) => _hub = hub;

    public MeasureUpdate First { get; private set; } = null!;

    public static async Task<LiveDashboard> OpenAsync(Uri node, string scope = "nation")
    {
        var dashboard = new LiveDashboard(new HubConnectionBuilder().WithUrl(new Uri(node, "/hubs/live")).Build());
        dashboard._hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), update =>
        {
            lock (dashboard._pushes) dashboard._pushes.Add((DateTime.UtcNow, update));
        });
        try
        {
            await dashboard._hub.StartAsync();
            // This month so far, as the page's periods end today: from the 1st to today, whatever today is.
            dashboard.First = await dashboard._hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures),
                new MeasureRequest("case-flow", scope, null, "month", Start(0).ToString("yyyy-MM-dd"), Today.ToString("yyyy-MM-dd")));
            return dashboard;
        }
        catch
        {
            await dashboard.DisposeAsync();
            throw;
        }
    }

    public IReadOnlyList<(DateTime At, MeasureUpdate Update)> Pushes
    {
        get { lock (_pushes) return [.. _pushes]; }
    }

    /// <summary>What the dashboard shows now: the newest push, or the subscription's answer.</summary>
    public MeasureUpdate Shown => Pushes.Count > 0 ? Pushes[^1].Update : First;

    public static double? Incoming(MeasureUpdate update) => update.Series.Points[^1].Values["incoming"];

    public ValueTask DisposeAsync() => _hub.DisposeAsync();
}
