namespace CourtMetrics.Live;

/// <summary>What a NOTIFY said changed: a data version, when it was computed, and its courts (null = everything, e.g.
/// after a rebuild or when this node missed notifications while disconnected; version 0 = unknown).</summary>
public sealed record DataChange(long Version, DateTimeOffset? AsOf, IReadOnlySet<int>? CourtIds)
{
    public static readonly DataChange Everything = new(0, null, null);
}
