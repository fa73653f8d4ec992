using CourtMetrics.Scopes;
using CourtMetrics.Database;
using CourtMetrics.Targets;
using Dapper;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace CourtMetrics.Live;

/// <summary>
/// Pushes notices to every browser: alerts just raised (read once, sent to those who may see their scope), targets and annotations edited
/// (browsers re-read what they show). Data changes also re-evaluate the targets, after the views are pushed.
/// </summary>
public sealed class NoticeBroadcaster(
    ChangeFeed feed,
    NpgsqlDataSource db,
    SqlFiles sql,
    IHubContext<LiveHub, ILiveClient> hub,
    CourtRegions regions,
    MarksGeneration marks,
    ILogger<NoticeBroadcaster> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var notices = feed.Notices;
        while (await notices.WaitToReadAsync(stoppingToken).AsTask().ContinueWith(t => t is { IsCompletedSuccessfully: true, Result: true }))
        {
            while (notices.TryRead(out var notice))
            {
                try
                {
                    await PushAsync(notice);
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "Could not push a notice");
                }
            }
        }
    }

    private async Task PushAsync(Notice notice)
    {
        if (notice.AlertIds.Count > 0)
        {
            await using var connection = await db.OpenConnectionAsync();
            var alerts = (await connection.QueryAsync<Alert>(sql["targets/alerts"],
                new { Ids = notice.AlertIds.ToArray(), Limit = notice.AlertIds.Count, Everything = true, RegionIds = Array.Empty<int>(), CourtIds = Array.Empty<int>() })).ToList();
            if (alerts.Count > 0) await hub.Clients.Group(AlertAudience.Everything).AlertsRaised(alerts);
            foreach (var alert in alerts)
                if (await AlertAudience.ViewerGroupsOfAsync(alert.Scope, regions) is { Count: > 0 } groups)
                    await hub.Clients.Groups(groups).AlertsRaised([alert]);
        }
        // Any node's edit: chart images drawn with the old targets or notes are stale here too.
        if (notice.TargetsChanged || notice.AnnotationsScope is not null) marks.Bump();
        if (notice.TargetsChanged) await hub.Clients.All.TargetsChanged();
        if (notice.AnnotationsScope is { } scope) await hub.Clients.All.AnnotationsChanged(scope);
    }
}
