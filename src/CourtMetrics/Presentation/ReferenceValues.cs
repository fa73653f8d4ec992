using System.Text.Json;
using CourtMetrics.Metrics;

namespace CourtMetrics.Presentation;

/// <summary>One published figure to set beside the country's own: what it measures, whose and from which report.</summary>
public sealed record ReferenceValue(
    string Metric, double Value, string? Currency, string Statistic, LocalizedText Basis, string Source, string Edition, int DataYear, string Url);

/// <summary>
/// International reference values shipped with the product (Presentation/reference-values.json): only figures
/// checked against their publication, each with its source, edition and data year. Figures not verified are
/// listed in the file's "notShipped" with the reason, never given a value.
/// </summary>
public sealed record ReferenceValues(string Note, IReadOnlyList<ReferenceValue> Values, IReadOnlyList<NotShipped> NotShipped)
{
    public static ReferenceValues Load(string path)
    {
        var values = JsonSerializer.Deserialize<ReferenceValues>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{path} holds no reference values");
        var bad = values.Values.FirstOrDefault(v => string.IsNullOrWhiteSpace(v.Source) || v.DataYear < 1990 || !double.IsFinite(v.Value));
        return bad is null ? values : throw new InvalidOperationException($"{path}: the value of {bad.Metric} lacks its source or year");
    }
}

public sealed record NotShipped(string Metric, string Figure, string Reason);
