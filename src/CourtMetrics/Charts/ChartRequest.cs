using System.Globalization;
using CourtMetrics.Exports;
using CourtMetrics.Metrics;

namespace CourtMetrics.Charts;

/// <summary>How an image is drawn: size in CSS pixels, the scale for high-DPI screens, language and theme.</summary>
public sealed record ImageOptions(int Width, int Height, double Scale, string Language, string Theme)
{
    public const int MinSize = 200;
    public const int MaxSize = 4096;
    public const double MaxScale = 4;

    public int PixelWidth => (int)Math.Round(Width * Scale);
    public int PixelHeight => (int)Math.Round(Height * Scale);

    public string Key => FormattableString.Invariant($"{Width}x{Height}@{Scale}|{Language}|{Theme}");

    /// <summary>Reads width, height, scale, lang and theme; every size a user controls is capped.</summary>
    public static bool TryParse(IQueryCollection q, out ImageOptions options, out string error)
    {
        options = null!;
        if (!TrySize(q, "width", 1200, out var width, out error) || !TrySize(q, "height", 600, out var height, out error)) return false;
        var scale = 1d;
        if (q.TryGetValue("scale", out var s) && !(double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out scale) && scale is >= 0.5 and <= MaxScale))
            return Fail($"scale '{Truncate(s)}' must be a number from 0.5 to {MaxScale}", out error);
        if (Math.Round(width * scale) > MaxSize || Math.Round(height * scale) > MaxSize)
            return Fail($"scale {scale.ToString(CultureInfo.InvariantCulture)} makes the image {Math.Round(width * scale)}×{Math.Round(height * scale)} pixels; at most {MaxSize} each side", out error);
        var language = q.TryGetValue("lang", out var l) ? l.ToString() : "en";
        if (!ChartDefinitions.Languages.Contains(language)) return Fail($"lang '{Truncate(language)}' is not one of en, kk, ru", out error);
        var theme = q.TryGetValue("theme", out var t) ? t.ToString() : "light";
        if (theme is not ("light" or "dark")) return Fail($"theme '{Truncate(theme)}' is not light or dark", out error);
        options = new ImageOptions(width, height, scale, language, theme);
        return true;
    }

    private static bool TrySize(IQueryCollection q, string name, int fallback, out int size, out string error)
    {
        size = fallback;
        error = "";
        if (!q.TryGetValue(name, out var text)) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= MinSize and <= MaxSize) return true;
        return Fail($"{name} '{Truncate(text)}' must be a whole number of pixels between {MinSize} and {MaxSize}", out error);
    }

    internal static string Truncate(string? text) => text is { Length: > 60 } ? text[..60] + "…" : text ?? "";

    internal static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}

/// <summary>One chart to draw: what (the chart), of which data (scope, category, period, granularity), and how.</summary>
public sealed record ChartRequest(ChartSpec Chart, MeasureQuery Query, ImageOptions Image)
{
    public const int MaxMeasures = 8;

    public string Key => $"{Chart.Key}|{Query.Key}|{Image.Key}";

    /// <summary>The separators of the chart's CSV: those of its language unless csv=comma|semicolon says otherwise.</summary>
    public CsvConvention Csv { get; init; } = CsvConvention.Comma;

    /// <summary>
    /// A chart given by its definition in the query (measures=a,b&amp;type=bar&amp;title=flow), as presentation slides
    /// or any page can ask for one; the views' charts are the same with the definition taken from charts.json.
    /// </summary>
    public static bool TryParseChart(IQueryCollection q, ChartDefinitions definitions, MetricCatalogue catalogue,
        out ChartSpec chart, out string error)
    {
        chart = null!;
        var measures = q["measures"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (measures.Length is 0 or > MaxMeasures)
            return ImageOptions.Fail($"measures '{ImageOptions.Truncate(q["measures"])}' must list 1 to {MaxMeasures} measure ids of the metric catalogue", out error);
        chart = new ChartSpec(measures, q.TryGetValue("type", out var t) ? t.ToString() : null, q.TryGetValue("title", out var title) ? title.ToString() : null);
        var problem = definitions.Problems(chart, catalogue).FirstOrDefault();
        error = problem ?? "";
        return problem is null;
    }

    /// <summary>The data and image parameters of a chart request; errors name the parameter.</summary>
    public static bool TryParse(IQueryCollection q, ChartSpec chart, MetricCatalogue catalogue, DateOnly today,
        out ChartRequest request, out string error)
    {
        request = null!;
        var family = catalogue.Find(chart.Measures[0])!.Family;
        var scope = q["scope"].FirstOrDefault() ?? "nation";
        // A map compares every region over the whole period: the nation's, in one range.
        var map = chart.Kind == "map";
        if (map && scope != "nation") return ImageOptions.Fail($"scope '{ImageOptions.Truncate(scope)}': a map shows every region, so its scope is nation", out error);
        if (!MeasureQuery.TryParse(catalogue, family, scope, q["category"], map ? "range" : q["granularity"],
                q["from"], q["to"], today, out var query, out error)) return false;
        if (!ImageOptions.TryParse(q, out var image, out error)) return false;
        if (!CsvConvention.TryParse(q["csv"].FirstOrDefault(), image.Language, out var csv, out error)) return false;
        request = new ChartRequest(chart, query, image) { Csv = csv };
        return true;
    }
}
