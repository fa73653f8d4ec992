using CourtMetrics.Scopes;
using CourtMetrics.Metrics;

namespace CourtMetrics.Live;

/// <summary>
/// What a round of data changes touched: the courts (and their regions; null courts = everything) and the earliest
/// day (null = every day). A series is touched when its scope holds a touched court and its periods reach that day:
/// a measure of a period depends only on facts dated up to the period's end (migration 0034), so a view of last
/// year keeps its numbers while today's cases arrive.
/// </summary>
public sealed class TouchedData
{
    private readonly HashSet<int>? _courts;
    private readonly IReadOnlySet<int> _regions;
    private readonly DateOnly? _from;

    private TouchedData(HashSet<int>? courts, IReadOnlySet<int> regions, DateOnly? from) =>
        (_courts, _regions, _from) = (courts, regions, from);

    public static async Task<TouchedData> OfAsync(IReadOnlyList<DataChange> batch, CourtRegions courtRegions)
    {
        var from = batch.Any(c => c.From is null) ? null : batch.Min(c => c.From);
        if (batch.Any(c => c.CourtIds is null)) return new TouchedData(null, new HashSet<int>(), from);
        var courts = batch.SelectMany(c => c.CourtIds!).ToHashSet();
        return new TouchedData(courts, await courtRegions.RegionsOfAsync(courts), from);
    }

    public bool Includes(MeasureQuery query) => Reaches(query) && (_courts is null || query switch
    {
        { RegionId: { } region } => _regions.Contains(region),
        { CourtIds: { } courts } => courts.Any(_courts.Contains),
        _ => _courts.Count > 0,
    });

    private bool Reaches(MeasureQuery query) => _from is not { } from || query.To >= from;
}
