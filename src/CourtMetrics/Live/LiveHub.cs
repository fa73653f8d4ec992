using CourtMetrics.CaseFlow;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Live;

/// <summary>
/// The one hub. A browser subscribes to the views it shows and gets their current snapshot at once, so a
/// reconnect simply subscribes again and is never left with stale or doubled points.
/// </summary>
public sealed class LiveHub(SubscriptionRegistry subscriptions, SnapshotStore snapshots) : Hub<ILiveClient>
{
    public async Task<CaseFlowSnapshot> SubscribeCaseFlow(string scope, string granularity)
    {
        if (!ViewKey.TryParse(scope, granularity, out var key, out var error)) throw new HubException(error);
        if (!subscriptions.Add(Context.ConnectionId, key))
            throw new HubException($"A connection may watch at most {SubscriptionRegistry.MaxViewsPerConnection} views.");
        await Groups.AddToGroupAsync(Context.ConnectionId, key.Group);
        try
        {
            return await snapshots.GetAsync(key);
        }
        catch (UnknownScopeException e)
        {
            await UnsubscribeCaseFlow(scope, granularity);
            throw new HubException(e.Message);
        }
    }

    public async Task UnsubscribeCaseFlow(string scope, string granularity)
    {
        if (!ViewKey.TryParse(scope, granularity, out var key, out _)) return;
        subscriptions.Remove(Context.ConnectionId, key);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, key.Group);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.RemoveConnection(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
