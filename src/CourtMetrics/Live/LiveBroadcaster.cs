using CourtMetrics.CaseFlow;
using CourtMetrics.Metrics;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Live;

/// <summary>
/// Turns data changes into pushes: for each watched view the change touches, one read, then one send to the
/// view's group — the cost of a change does not grow with the number of viewers.
/// </summary>
public sealed class LiveBroadcaster(
    ChangeFeed feed,
    SnapshotStore snapshots,
    MeasureCache measures,
    SubscriptionRegistry subscriptions,
    CourtRegions courtRegions,
    IHubContext<LiveHub, ILiveClient> hub,
    ILogger<LiveBroadcaster> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = feed.Changes;
        while (await changes.WaitToReadAsync(stoppingToken).AsTask().ContinueWith(t => t is { IsCompletedSuccessfully: true, Result: true }))
        {
            // Coalesce a burst of notifications into one round of reads.
            var batch = new List<DataChange>();
            while (changes.TryRead(out var change)) batch.Add(change);
            try
            {
                await PushAsync(batch);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not push {Count} data changes", batch.Count);
            }
        }
    }

    private async Task PushAsync(IReadOnlyList<DataChange> batch)
    {
        measures.Clear(); // any family's numbers may have moved
        var touched = await TouchedAsync(batch);
        var stale = snapshots.CachedKeys.Concat(subscriptions.WatchedViews()).Distinct().Where(touched).ToList();
        snapshots.Invalidate(stale);
        foreach (var key in subscriptions.WatchedViews().Where(touched))
        {
            try
            {
                var snapshot = await snapshots.GetAsync(key);
                await hub.Clients.Group(key.Group).CaseFlowUpdated(snapshot);
            }
            catch (UnknownScopeException)
            {
                // a view of a court that no longer exists: nothing to push
            }
        }
    }

    private async Task<Func<ViewKey, bool>> TouchedAsync(IReadOnlyList<DataChange> batch)
    {
        if (batch.Any(c => c.CourtIds is null)) return _ => true;
        var courts = batch.SelectMany(c => c.CourtIds!).ToHashSet();
        var regions = await courtRegions.RegionsOfAsync(courts);
        return key => key.Scope.Kind switch
        {
            ScopeKind.Court => courts.Contains(key.Scope.Id),
            ScopeKind.Region => regions.Contains(key.Scope.Id),
            _ => courts.Count > 0,
        };
    }
}
