using CourtMetrics.Scopes;
using CourtMetrics.Metrics;

namespace CourtMetrics.Live;

/// <summary>The courts (and their regions) a round of data changes touched; null courts = everything.</summary>
public sealed class TouchedCourts
{
    private readonly HashSet<int>? _courts;
    private readonly IReadOnlySet<int> _regions;

    private TouchedCourts(HashSet<int>? courts, IReadOnlySet<int> regions) => (_courts, _regions) = (courts, regions);

    public static async Task<TouchedCourts> OfAsync(IReadOnlyList<DataChange> batch, CourtRegions courtRegions)
    {
        if (batch.Any(c => c.CourtIds is null)) return new TouchedCourts(null, new HashSet<int>());
        var courts = batch.SelectMany(c => c.CourtIds!).ToHashSet();
        return new TouchedCourts(courts, await courtRegions.RegionsOfAsync(courts));
    }

    public bool Includes(MeasureQuery query) => _courts is null || query switch
    {
        { RegionId: { } region } => _regions.Contains(region),
        { CourtIds: { } courts } => courts.Any(_courts.Contains),
        _ => _courts.Count > 0,
    };
}
