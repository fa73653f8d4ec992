using System.Security.Cryptography;
using System.Text;
using CourtMetrics.Site;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Observability;

/// <summary>
/// Who may read /metrics: a host in Observability:MetricsAllowedNetworks (loopback by default; the address is the
/// client's as Security/ForwardedRequests establishes it, so a proxy cannot lend its own), or whoever sends the
/// configured bearer token. Anyone else gets 403: the figures tell how busy every court is and where the product is
/// slow, which is nobody's business on the internet.
/// </summary>
public sealed class ScrapeAccess(RequestDelegate next, IOptions<ObservabilityOptions> options)
{
    private readonly IReadOnlyList<System.Net.IPNetwork> _networks = options.Value.AllowedNetworks();
    private readonly byte[]? _token = options.Value.MetricsBearerToken is { Length: > 0 } t ? Encoding.UTF8.GetBytes(t) : null;

    public async Task InvokeAsync(HttpContext http)
    {
        if (FromAllowedNetwork(http) || HasToken(http))
        {
            await next(http);
            return;
        }
        await ProblemAnswers.WriteAsync(http, StatusCodes.Status403Forbidden, "Metrics refused",
            "/metrics answers only hosts in Observability:MetricsAllowedNetworks or a request with the Observability:MetricsBearerToken.");
    }

    private bool FromAllowedNetwork(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return _networks.Any(network => network.Contains(address));
    }

    private bool HasToken(HttpContext http)
    {
        if (_token is null) return false;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        // Constant time, so the answer's timing does not reveal how much of a guess was right.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token);
    }
}
