using System.Globalization;
using CourtMetrics.Maps;
using CourtMetrics.Metrics;

namespace CourtMetrics.Charts;

/// <summary>
/// The words of a chart in its language: the title (the chart's label, or the measure's catalogue name), the
/// subtitle (scope, category, period, granularity, data as of), the source (the measures' standards) and the
/// period labels of the axis, formatted as the page formats them.
/// </summary>
public sealed class ChartText(ChartDefinitions definitions, MetricCatalogue catalogue)
{
    public static CultureInfo Culture(string language) => Site.Cultures.Of(language);

    /// <summary>The chart's title in its language; a share within a time standard named by its standard in the chart's category.</summary>
    public string Title(ChartRequest request, TimeStandards standards)
    {
        var (chart, language) = (request.Chart, request.Image.Language);
        var name = MeasureName(chart.Measures[0], language, standards, request.Query.Category);
        return chart.Kind == "map" ? definitions.Label("mapTitle", language, name)
            : chart.Measures.Count == 1 || chart.Title is null ? name
            : definitions.Label(chart.Title, language);
    }

    /// <summary>The catalogue's name, or a share within a time standard by its standard (StandardNames: the one rule).</summary>
    public string MeasureName(string id, string language, TimeStandards? standards = null, string? category = null) =>
        standards?.NameOf(id, category, language, definitions) ?? catalogue.Find(id)!.Name.In(language);

    public string Subtitle(ChartRequest request, ChartData data)
    {
        var (query, language) = (request.Query, request.Image.Language);
        var culture = Culture(language);
        var asOf = data.AsOf is { } t
            ? $"{t.UtcDateTime.ToString("d MMM yyyy HH:mm", culture)} UTC"
            : definitions.Label("noData", language);
        return string.Join(" · ",
            data.ScopeName,
            data.CategoryName ?? definitions.Label("allCategories", language),
            $"{query.From.ToString("d MMM yyyy", culture)} – {query.To.ToString("d MMM yyyy", culture)}",
            query.Granularity == "range" ? null : definitions.Label(query.Granularity, language),
            $"{definitions.Label("dataAsOf", language)} {asOf}").Replace(" ·  · ", " · ");
    }

    public string Source(ChartSpec chart, string language) => definitions.Label("source", language, string.Join("; ",
        chart.Measures.Select(id => catalogue.Find(id)!.Standard.Split(';')[0].Trim()).Distinct()));

    public string ScopeName(string language, string? region, IReadOnlyList<string>? courts) =>
        courts is { Count: 1 } ? courts[0]
        : courts is { Count: > 1 } ? definitions.Label("courts", language, courts.Count)
        : region ?? definitions.Label("national", language);

    /// <summary>The unit under the value axis: percent for ratios (drawn in percent points), days, per 1,000.</summary>
    public string? UnitLabel(string unit, string language) => unit switch
    {
        "ratio" => "%",
        "days" => definitions.Label("unitDays", language),
        "per_1000" => definitions.Label("unitPer1000", language),
        _ => null,
    };

    /// <summary>A value with its unit where the number alone does not say it, as the page's formatWithUnit: "49 days",
    /// "12.3 per 1,000 inhabitants", "60.0%".</summary>
    public string WithUnit(string unit, double value, string language) => unit switch
    {
        "days" => definitions.Label("valueDays", language, Value(unit, value, language)),
        "per_1000" => definitions.Label("valuePer1000", language, Value(unit, value, language)),
        _ => Value(unit, value, language),
    };

    /// <summary>A map class as its legend names it: "Meets the target (≥ 95.0%)", "Misses the target (< 95.0%)", "No data".</summary>
    public string MapClass(string mapClass, MetricDefinition metric, double? target, string language)
    {
        var shown = target is { } t ? WithUnit(metric.Unit, t, language) : "";
        var lower = metric.Direction == "lower";
        return mapClass switch
        {
            MapClasses.Met => definitions.Label("mapMet", language, $"{(lower ? "≤" : "≥")} {shown}"),
            MapClasses.Missed => definitions.Label("mapMissed", language, $"{(lower ? ">" : "<")} {shown}"),
            MapClasses.NoTarget => definitions.Label("mapNoTarget", language),
            _ => definitions.Label("mapNoData", language),
        };
    }

    /// <summary>A measure's value in its unit, as the page's formatValue (wwwroot/js/locale-rules.js): "75.0%", "1,234",
    /// "2.5M" ("2,5 млн"), "12.3".</summary>
    public static string Value(string unit, double value, string language)
    {
        var culture = Culture(language);
        return unit switch
        {
            // as the page's shareDecimals: spending as a share of GDP is 0.04 %, not 0.0 %
            "ratio" => value.ToString(Math.Abs(value) is 0 or >= 0.01 ? "P1" : Math.Abs(value) >= 0.001 ? "P2" : "P3", culture),
            "count" => value.ToString("N0", culture),
            "currency" => Math.Abs(value) >= 1e6 ? Millions(value, language) : value.ToString("N0", culture),
            _ => value.ToString("#,0.#", culture),
        };
    }

    /// <summary>A value with its unit, as a tile or a slide shows it alone: "49 days", "60.0%", "12.3 per 1,000 inhabitants".</summary>
    public string ValueWithUnit(string unit, double value, string language, string? currency = null)
    {
        var shown = Value(unit, value, language);
        return unit switch
        {
            "days" => definitions.Label("valueDays", language, shown),
            "per_1000" => definitions.Label("valuePer1000", language, shown),
            "currency" => $"{shown}\u00a0{currency ?? "¤"}", // the generic sign where the court system names none
            _ => shown,
        };
    }

    /// <summary>A period on the axis: "Nov 2026", "12 Nov", "Q3 2026", "2026", as the page's formatPeriod.</summary>
    public static string Period(DateOnly start, string granularity, string language) => granularity switch
    {
        "day" => start.ToString("d MMM", Culture(language)),
        "quarter" => Quarter((start.Month - 1) / 3 + 1, start.Year, language),
        "year" => start.Year.ToString(CultureInfo.InvariantCulture),
        "range" => start.ToString("d MMM yyyy", Culture(language)),
        _ => start.ToString("MMM yyyy", Culture(language)),
    };

    // Quarters and millions as locale-rules.js writes them: .NET has no quarter or compact number format.
    private static string Quarter(int quarter, int year, string language) => language switch
    {
        "kk" => $"{year} ж. {quarter}-тоқсан",
        "ru" => $"{quarter}-й кв. {year} г.",
        _ => $"Q{quarter} {year}",
    };

    private static string Millions(double value, string language) => InMillions(value, Math.Abs(value), language);

    /// <summary>A value in millions or billions, as the largest of its kind is written ("500 млн" beside "1,5 млрд" reads
    /// as "0,5 млрд": an axis gives its top).</summary>
    public static string InMillions(double value, double largest, string language)
    {
        var (size, en, other) = largest >= 1e9 ? (1e9, "B", "\u00a0млрд") : (1e6, "M", "\u00a0млн");
        return (value / size).ToString("#,0.#", Culture(language)) + (language == "en" ? en : other);
    }
}
