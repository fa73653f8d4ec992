namespace CourtMetrics.Live;

/// <summary>What a NOTIFY said changed: a data version, when it was computed, its courts (null = everything, e.g.
/// after a rebuild or when this node missed notifications while disconnected; version 0 = unknown) and the earliest
/// day its changes touched (null = every day; migration 0034).</summary>
public sealed record DataChange(long Version, DateTimeOffset? AsOf, IReadOnlySet<int>? CourtIds, DateOnly? From = null)
{
    public static readonly DataChange Everything = new(0, null, null);
}
