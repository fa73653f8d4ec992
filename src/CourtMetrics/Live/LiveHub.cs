using CourtMetrics.Security;
using CourtMetrics.Accounts;
using CourtMetrics.Scopes;
using CourtMetrics.Metrics;
using CourtMetrics.Observability;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Live;

/// <summary>
/// The one hub. A browser subscribes to the views it shows and gets their current snapshot at once, so a
/// reconnect simply subscribes again and is never left with stale or doubled points. Each subscription is checked
/// against the scopes the user may see (ScopeAccess), and a revoked account's subscriptions are refused.
/// </summary>
public sealed class LiveHub(
    SubscriptionRegistry<MeasureView> measureViews,
    MeasureCache measures,
    MetricCatalogue catalogue,
    DataVersions versions,
    ScopeAccess access,
    ViewerAccounts accounts,
    AccountConnections connections,
    TimeProvider clock) : Hub<ILiveClient>
{
    public override async Task OnConnectedAsync()
    {
        if (IsViewer(out var id)) connections.Add(id, Context);
        foreach (var group in AlertAudience.GroupsOf(access.Of(Context.User!))) await Groups.AddToGroupAsync(Context.ConnectionId, group);
        ProductTelemetry.LiveConnections.Add(1);
        await base.OnConnectedAsync();
    }

    /// <summary>Any family's measures for a scope and period (as GET /api/measures); pushed again after each change.</summary>
    public async Task<MeasureUpdate> SubscribeMeasures(MeasureRequest request)
    {
        var view = Parse(request);
        await CheckAccessAsync(request.Scope);
        if (!measureViews.Add(Context.ConnectionId, view))
            throw new HubException($"A connection may watch at most {measureViews.MaxViewsPerConnection} measure series.");
        await Groups.AddToGroupAsync(Context.ConnectionId, view.Group);
        try
        {
            // Version first: if an aggregation lands in between, the series is newer than its label, never older.
            var (version, asOf) = await versions.LatestAsync(Context.ConnectionAborted);
            return new MeasureUpdate(view.Key, version, asOf, await measures.GetAsync(view.Query, Context.ConnectionAborted));
        }
        catch (NotInCourtSystemException e)
        {
            await UnsubscribeMeasures(request);
            throw new HubException(e.Message);
        }
    }

    public async Task UnsubscribeMeasures(MeasureRequest request)
    {
        var view = Parse(request);
        measureViews.Remove(Context.ConnectionId, view);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, view.Group);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        measureViews.RemoveConnection(Context.ConnectionId);
        connections.Remove(Context.ConnectionId);
        ProductTelemetry.LiveConnections.Add(-1);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task CheckAccessAsync(string? scope)
    {
        if (IsViewer(out var id) && !await accounts.IsActiveAsync(id, Context.ConnectionAborted))
            throw new HubException("This account has been revoked: it may see nothing any more.");
        if (await access.RefusalAsync(Context.User!, scope) is { } refusal) throw new HubException(refusal);
    }

    /// <summary>A local viewer account (administrators and the identity provider's users have no account to revoke here).</summary>
    private bool IsViewer(out int id)
    {
        id = AccountPrincipal.LocalId(Context.User!) ?? 0;
        return id > 0 && Context.User!.IsInRole(Viewers.Role);
    }

    private MeasureView Parse(MeasureRequest request)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return MeasureQuery.TryParse(catalogue, request.Family, request.Scope, request.Category, request.Granularity,
            request.From, request.To, today, out var query, out var error)
            ? new MeasureView(query)
            : throw new HubException(error);
    }
}
