using CourtMetrics.Metrics;
using CourtMetrics.Targets;

namespace CourtMetrics.Maps;

/// <summary>
/// Where a region's figure stands against the target in force: meets it, misses it, has no figure (no data: never
/// drawn as zero), or has a figure but no target to judge it by. The one rule is MetricDefinition.Meets.
/// </summary>
public static class MapClasses
{
    public const string Met = "met", Missed = "missed", NoData = "noData", NoTarget = "noTarget";

    public static readonly string[] All = [Met, Missed, NoData, NoTarget];

    /// <summary>Why a measure cannot be mapped (none of the catalogue's, or one with no better direction), or null.</summary>
    public static string? ProblemOf(MetricDefinition? metric, string? id) =>
        metric is null ? $"measure '{(id is { Length: > 60 } ? id[..60] + "…" : id)}' is not in the metric catalogue"
        : metric.Direction == "neutral" ? $"'{metric.Id}' has no better direction, so no target to colour the regions by"
        : null;

    public static string Of(MetricDefinition metric, double? value, double? target) =>
        value is not { } v ? NoData
        : target is not { } t || metric.Meets(v, t) is not { } meets ? NoTarget
        : meets ? Met : Missed;
}

public sealed record RegionFigure(short RegionId, double? Value, string Class);

/// <summary>One measure of every region over one period, the target in force there, and each region's class.</summary>
public sealed record MapFigures(string Metric, string Unit, string Direction, string? Category, DateOnly From, DateOnly To,
    double? Target, IReadOnlyList<RegionFigure> Regions);

/// <summary>
/// Each region's figure of one measure over a period, read through the shared MeasureCache (one region's series is
/// the one its dashboard reads, dropped when a court of that region changes), with the general target (regions and
/// the nation have the targets set for no court: targets/effective.sql).
/// </summary>
public sealed class RegionFigures(MeasureCache measures, EffectiveTargets targets)
{
    /// <summary>Regions read at once: reads are shared by every viewer, so a few at a time is enough.</summary>
    private const int Parallel = 4;

    public async Task<MapFigures> ReadAsync(MetricDefinition metric, string? category, DateOnly from, DateOnly to,
        IReadOnlyList<short> regionIds, CancellationToken cancellationToken)
    {
        var target = (await targets.OfAsync(null, category, cancellationToken)).TryGetValue(metric.Id, out var t) ? t : (double?)null;
        var values = new double?[regionIds.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, regionIds.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (i, token) =>
            {
                var series = await measures.GetAsync(new MeasureQuery(metric.Family, null, regionIds[i], category, "range", from, to), token);
                values[i] = series.Points is [var point, ..] ? point.Values.GetValueOrDefault(metric.Id) : null;
            });
        var regions = regionIds.Select((id, i) => new RegionFigure(id, values[i], MapClasses.Of(metric, values[i], target))).ToList();
        return new MapFigures(metric.Id, metric.Unit, metric.Direction, category, from, to, target, regions);
    }
}
