using System.Net;
using System.Net.Sockets;

namespace CourtMetrics.Tests.Support;

public static class LoopbackPorts
{
    /// <summary>A loopback port free right now, for a server the test starts a moment later (which must know it first).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
