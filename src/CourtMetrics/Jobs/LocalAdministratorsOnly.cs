using System.Net;
using Hangfire.Dashboard;

namespace CourtMetrics.Jobs;

/// <summary>
/// The jobs dashboard is for administrators on the server itself: requests from the loopback interface only.
/// A proxied request carries the proxy's address, so behind a reverse proxy the dashboard stays closed.
/// </summary>
public sealed class LocalAdministratorsOnly : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var remote = http.Connection.RemoteIpAddress;
        var forwarded = http.Request.Headers.ContainsKey("X-Forwarded-For");
        return !forwarded && (remote is null ? http.Connection.LocalIpAddress is null : IPAddress.IsLoopback(remote));
    }
}
