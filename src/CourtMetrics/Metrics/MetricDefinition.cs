namespace CourtMetrics.Metrics;

/// <summary>Text in every language the product speaks.</summary>
public sealed record LocalizedText(string En, string Kk, string Ru)
{
    public string In(string language) => language switch { "kk" => Kk, "ru" => Ru, _ => En };
}

/// <summary>
/// One measure, defined once: the browser, the image renderer, exports and alerts all read it from here.
/// Units: count, ratio (0.75 = 75 %), days, currency, per_1000. Direction: higher, lower or neutral is better.
/// </summary>
public sealed record MetricDefinition(
    string Id,
    string Family,
    string Unit,
    string Direction,
    double? Target,
    string Standard,
    string Formula,
    LocalizedText Name,
    LocalizedText Description)
{
    /// <summary>Whether a value meets a target, the one rule (as the page's reference.meets): at or above it when
    /// higher is better, at or below when lower is; null for a measure with no better direction.</summary>
    public bool? Meets(double value, double target) => Direction switch
    {
        "higher" => value >= target,
        "lower" => value <= target,
        _ => null,
    };
}
