using System.Text.Json;
using CourtMetrics.Maps;
using CourtMetrics.Metrics;

namespace CourtMetrics.Charts;

/// <summary>A chart: its measures (one family), how they are drawn, and the label key of its title when it has several.</summary>
public sealed record ChartSpec(IReadOnlyList<string> Measures, string? Type, string? Title)
{
    /// <summary>How a chart draws its measures; "map" draws one measure of every region against its target (MapRenderer).</summary>
    public static readonly string[] Types = ["line", "bar", "area", "band", "stacked", "map"];

    public string Kind => Type ?? "line";

    public string Key => $"{string.Join(',', Measures)}|{Kind}|{Title}";
}

/// <summary>How a mark is drawn: dash (dashed, dotted, solid), line width and font size in CSS px; a target's label
/// ({0} = the value) and how long a note's text may be before it is cut with "…".</summary>
public sealed record MarkStyle(string Dash, double Width, float FontSize, string? Label, int? MaxLength);

/// <summary>The target lines and annotation markers the page and the images draw over a chart.</summary>
public sealed record ChartMarkStyles(MarkStyle Target, MarkStyle Note);

public sealed record ViewDefinition(IReadOnlyList<string> Tiles, IReadOnlyList<ChartSpec> Charts);

/// <summary>The colours of a chart theme, as hex strings; the page draws the light theme.</summary>
public sealed record ChartTheme(string Background, string Ink, string Muted, string Grid, string Axis, string Target,
    string Note, IReadOnlyList<string> Series, MapColours Map);

/// <summary>A map class's fill and the colour of text on it.</summary>
public sealed record ClassColours(string Fill, string Ink);

/// <summary>The colours of a map's classes (MapClasses), the line between regions, and the dashed edge of a region without data.</summary>
public sealed record MapColours(ClassColours Met, ClassColours Missed, ClassColours NoTarget, ClassColours NoData, string Border, string NoDataBorder)
{
    public ClassColours Of(string mapClass) => mapClass switch
    {
        MapClasses.Met => Met,
        MapClasses.Missed => Missed,
        MapClasses.NoTarget => NoTarget,
        _ => NoData,
    };
}

/// <summary>
/// The views' charts, the chart themes and the labels the images draw, read at start from the same
/// wwwroot/js/views/charts.json the page imports: nothing the page and the images both show is defined twice.
/// </summary>
public sealed class ChartDefinitions
{
    public static readonly string[] Languages = ["en", "kk", "ru"];

    private sealed record File(Dictionary<string, ViewDefinition> Views, Dictionary<string, ChartTheme> Themes,
        ChartMarkStyles Marks, Dictionary<string, string[]> Labels);

    private readonly File _file;

    private ChartDefinitions(File file) => _file = file;

    public IReadOnlyDictionary<string, ViewDefinition> Views => _file.Views;
    public IReadOnlyDictionary<string, ChartTheme> Themes => _file.Themes;
    public ChartMarkStyles Marks => _file.Marks;

    /// <summary>A label in a language (en, kk, ru), with {0}, {1}… filled in, as i18n.js's t() does.</summary>
    public string Label(string key, string language, params object[] args)
    {
        var texts = _file.Labels[key];
        var text = texts[Math.Max(0, Array.IndexOf(Languages, language))];
        for (var i = 0; i < args.Length; i++) text = text.Replace($"{{{i}}}", args[i].ToString());
        return text;
    }

    public bool HasLabel(string key) => _file.Labels.ContainsKey(key);

    public static string PathIn(string webRoot) => Path.Combine(webRoot, "js", "views", "charts.json");

    public static ChartDefinitions Load(string path, MetricCatalogue catalogue)
    {
        var file = JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty");
        var definitions = new ChartDefinitions(file);
        var problems = definitions.Problems(catalogue).ToList();
        return problems.Count == 0 ? definitions
            : throw new InvalidDataException($"The chart definitions in {path} are invalid: {string.Join("; ", problems)}");
    }

    /// <summary>What is wrong with a chart: unknown measures or labels, several families, an unknown type.</summary>
    public IEnumerable<string> Problems(ChartSpec chart, MetricCatalogue catalogue)
    {
        foreach (var id in chart.Measures.Where(id => catalogue.Find(id) is null)) yield return $"measure '{id}' is not in the metric catalogue";
        if (chart.Measures.Select(id => catalogue.Find(id)?.Family).Distinct().Count() > 1)
            yield return $"measures {string.Join(", ", chart.Measures)} are not of one family";
        if (!ChartSpec.Types.Contains(chart.Kind)) yield return $"type '{chart.Type}' is not one of {string.Join(", ", ChartSpec.Types)}";
        if (chart.Title is not null && !HasLabel(chart.Title)) yield return $"title '{chart.Title}' is not a chart label";
        if (chart.Kind == "map" && (chart.Measures.Count != 1 || MapClasses.ProblemOf(catalogue.Find(chart.Measures[0]), chart.Measures[0]) is not null))
            yield return $"a map colours the regions by one measure against its target: {MapClasses.ProblemOf(catalogue.Find(chart.Measures[0]), chart.Measures[0]) ?? "give one measure"}";
    }

    private IEnumerable<string> Problems(MetricCatalogue catalogue)
    {
        foreach (var (name, view) in Views)
            foreach (var problem in view.Charts.SelectMany(c => Problems(c, catalogue)))
                yield return $"view {name}: {problem}";
        foreach (var (key, texts) in _file.Labels.Where(l => l.Value.Length != Languages.Length))
            yield return $"label {key} has {texts.Length} texts, not en, kk and ru";
        foreach (var theme in new[] { "light", "dark" }.Where(t => !Themes.ContainsKey(t) || Themes[t].Map is null)) yield return $"theme {theme} (with its map colours) is missing";
        if (Marks?.Target.Label is null || Marks.Note.MaxLength is not > 1) yield return "marks need a target label and a note maxLength";
    }
}
