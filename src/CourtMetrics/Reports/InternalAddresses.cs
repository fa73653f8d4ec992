using System.Net;
using System.Net.Sockets;

namespace CourtMetrics.Reports;

/// <summary>
/// Addresses a webhook may not reach unless Webhooks:AllowPrivateAddresses: loopback, private (RFC 1918, unique
/// local), link-local (cloud metadata lives there), carrier-grade NAT, "this network", multicast and unspecified.
/// </summary>
public static class InternalAddresses
{
    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    /// <summary>Whether a URL's host is internal as written (an address literal, localhost); names are checked again at connection.</summary>
    public static bool Named(Uri url) =>
        url.IsLoopback || url.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && Contains(literal));
}
