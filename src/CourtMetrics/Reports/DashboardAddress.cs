using CourtMetrics.Presentation;
using CourtMetrics.Scopes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Reports;

/// <summary>
/// Links to the dashboard in mails and webhooks: Presentation:PublicAddress, else the address this node listens on
/// (a job has no request to take the site's address from).
/// </summary>
public sealed class DashboardAddress(IOptions<PresentationOptions> options, IServer server)
{
    public string Root
    {
        get
        {
            var address = options.Value.PublicAddress
                ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost/";
            return address.EndsWith('/') ? address : address + "/";
        }
    }

    /// <summary>The dashboard showing a view of a scope over a period preset, as its own links write it (wwwroot/js/state.js).</summary>
    public string Of(string view, string scope, string? period = null)
    {
        var query = new List<string> { $"view={Uri.EscapeDataString(view)}" };
        if (Scope.TryParse(scope, out var parsed) && parsed.Kind != ScopeKind.Nation)
            query.Add($"{parsed.Kind.ToString().ToLowerInvariant()}={parsed.Id}");
        if (period is not null && period != "last12") query.Add($"period={Uri.EscapeDataString(period)}");
        return Root + "?" + string.Join('&', query);
    }
}
