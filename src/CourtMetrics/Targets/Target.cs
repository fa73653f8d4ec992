namespace CourtMetrics.Targets;

/// <summary>
/// An administrator's target for a measure: for every scope (no court), or one court; for all categories or one.
/// The most specific one applies: court and category, court, category, all; without any, the catalogue's default.
/// </summary>
public sealed record MeasureTarget(int Id, string Metric, int? CourtId, string? Category, double Target, DateTime UpdatedAt, string UpdatedBy)
{
    /// <summary>Where the target is watched for alerts: its court, or the nation.</summary>
    public string Scope => CourtId is { } court ? $"court:{court}" : "nation";
}

public sealed record TargetRequest(string? Metric, int? CourtId, string? Category, double? Target);

/// <summary>A measure that crossed its target: now missed (or met again), with the value and the period.</summary>
public sealed record Alert(long Id, DateTime RaisedAt, string Metric, string Scope, string ScopeName, string? Category,
    DateOnly PeriodStart, DateOnly PeriodEnd, double Value, double Target, bool Met);
