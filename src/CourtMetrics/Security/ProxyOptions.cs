using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CourtMetrics.Security;

/// <summary>
/// The reverse proxies in front of the site (configuration section "Proxy"), checked at start. Only a request that
/// comes from one of them has its X-Forwarded-For and X-Forwarded-Proto believed; from anyone else those headers are
/// ignored, so nobody can choose the address a rate limit or the audit log sees. Empty (the default): none is.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";
    public const int MaxEntries = 100;

    /// <summary>Addresses of the proxies, e.g. 10.0.0.5 or ::1.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. 172.16.0.0/12 (a container network).</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KnownProxies.Length > MaxEntries || KnownNetworks.Length > MaxEntries)
            yield return new ValidationResult($"{Section}: at most {MaxEntries} known proxies and {MaxEntries} known networks.");
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"{Section}:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"{Section}:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8).");
    }
}
