namespace CourtMetrics.Live;

/// <summary>The live hub, configuration section "Live".</summary>
public sealed record LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// A Redis connection string (StackExchange.Redis format) for SignalR's backplane; empty = none. Not needed for
    /// data pushes — every node LISTENs to PostgreSQL and pushes to its own clients — only for messages one node
    /// sends to clients connected to another.
    /// </summary>
    public string? RedisBackplane { get; init; }
}
