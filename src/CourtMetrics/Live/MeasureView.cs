using CourtMetrics.Metrics;

namespace CourtMetrics.Live;

/// <summary>A measure series that browsers watch. Two subscriptions with the same query key are one view.</summary>
public sealed record MeasureView(MeasureQuery Query)
{
    public string Key => Query.Key;
    public string Group => "measures|" + Key;

    public bool Equals(MeasureView? other) => other is not null && other.Key == Key;
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>What a subscriber gets, at once and after every change: the series, its key, and the data's version.</summary>
public sealed record MeasureUpdate(string Key, long Version, DateTimeOffset? AsOf, MeasureSeries Series);

/// <summary>A measures subscription as sent by a browser: the same parameters as GET /api/measures.</summary>
public sealed record MeasureRequest(string? Family, string? Scope, string? Category, string? Granularity, string? From, string? To);
