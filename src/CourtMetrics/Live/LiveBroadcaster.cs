using CourtMetrics.Scopes;
using CourtMetrics.Metrics;
using CourtMetrics.Observability;
using CourtMetrics.Targets;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Live;

/// <summary>
/// Turns data changes into pushes: for each watched view the change touches, one read, then one send to the
/// view's group — the cost of a change does not grow with the number of viewers.
/// </summary>
public sealed class LiveBroadcaster(
    ChangeFeed feed,
    MeasureCache measures,
    DataVersions versions,
    SubscriptionRegistry<MeasureView> measureViews,
    CourtRegions courtRegions,
    TargetWatch targets,
    IHubContext<LiveHub, ILiveClient> hub,
    TimeProvider clock,
    ILogger<LiveBroadcaster> logger) : BackgroundService
{
    private const int ConcurrentReads = 4;

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
        // The one place a data change empties the caches, on every node alike (the one that ran the job too): only
        // the series of the scopes it touched, the others keep their reads.
        var touched = await TouchedData.OfAsync(batch, courtRegions);
        measures.Invalidate(touched.Includes);
        await versions.ObserveAsync(batch);
        var (version, asOf) = await versions.LatestAsync();
        await PushMeasuresAsync(touched, version, asOf);
        // Views the change left alone keep their numbers; they learn only that the data is newer now.
        await hub.Clients.All.DataChanged(version, asOf);
        // Event to push: from each version's computation (its transaction's time in the database, so a slow
        // aggregation counts) to the moment every view it touched has been sent.
        var sent = clock.GetUtcNow();
        foreach (var change in batch)
            if (change.AsOf is { } computed) ProductTelemetry.PushLatency.Record(Math.Max(0, (sent - computed).TotalSeconds));
        await targets.EvaluateAsync(); // after the pushes, so alerts never delay the numbers
    }

    private async Task PushMeasuresAsync(TouchedData touched, long version, DateTimeOffset? asOf)
    {
        var views = measureViews.WatchedViews().Where(v => touched.Includes(v.Query)).ToList();
        if (views.Count == 0) return;
        // A few reads at a time, each view pushed as soon as its own read is done: a quick court view does not wait
        // behind a slow national one, and a change touching hundreds of views does not empty the connection pool.
        await Parallel.ForEachAsync(views, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentReads }, async (view, _) =>
        {
            try
            {
                var series = await measures.GetAsync(view.Query, CancellationToken.None);
                await hub.Clients.Group(view.Group).MeasuresUpdated(new MeasureUpdate(view.Key, version, asOf, series));
            }
            catch (NotInCourtSystemException)
            {
                // a court or category removed since the subscription: nothing to push
            }
        });
    }
}
