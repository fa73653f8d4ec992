namespace CourtMetrics.Live;

/// <summary>What a NOTIFY said changed: a data version and its courts (null = everything, e.g. after a rebuild
/// or when this node missed notifications while disconnected).</summary>
public sealed record DataChange(long Version, IReadOnlySet<int>? CourtIds)
{
    public static readonly DataChange Everything = new(0, null);
}
