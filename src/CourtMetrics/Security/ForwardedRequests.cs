using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Security;

/// <summary>
/// Behind a reverse proxy that terminates TLS (docker/nginx.conf): the client's address and the https scheme as the
/// proxy forwards them, for the rate limits, the audit log, HSTS, Secure cookies and the OpenID Connect redirect
/// address. Believed only from the configured known proxies (ProxyOptions); ASP.NET Core's default of trusting
/// loopback is dropped, since a proxy on the same machine would otherwise vouch for every local program.
/// </summary>
public static class ForwardedRequests
{
    public static void AddForwardedRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            // No fixed count: entries are taken from the right for as long as the hop they came from is a known
            // proxy (a chain of them works); the first address from outside is the client's.
            forwarded.ForwardLimit = null;
        });
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static void UseForwardedRequests(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any) app.UseForwardedHeaders();
    }
}
