using CourtMetrics.Annotations;
using CourtMetrics.Charts;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ScottPlot;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Charts;

/// <summary>
/// The chart images get the page's visual review on their layout (Support/ImageLayout): every chart of every view and
/// the map, in the three languages and both themes, from a report's small insert to a projector's full screen, by
/// day, month and year, with a target line and a note drawn over it and figures as large as a nation's — no text out
/// of the image, no text over text, no legend or tick label in the data area, no repeated ticks, no share axis past
/// 100 %. The 480×270 and 1200×600 images make a contact sheet (artifacts/contact-sheet-images.html).
/// </summary>
public sealed class ImageLayoutReviewTests(ChartApp app) : IClassFixture<ChartApp>
{
    private static readonly (int Width, int Height)[] Sizes = [(480, 270), (800, 400), (1200, 600), (1920, 1080)];
    private static readonly string[] Granularities = ["day", "month", "year"];

    private ChartDefinitions Definitions => app.Get<ChartDefinitions>();

    private IEnumerable<ChartSpec> EveryChart() =>
        Definitions.Views.Values.SelectMany(v => v.Charts)
            .Concat(new[] { "clearance_rate", "duration_p50" }.Select(m => new ChartSpec([m], "map", null)));

    [Fact]
    public async Task Every_chart_image_in_every_language_theme_size_and_period_is_free_of_overflowing_and_overlapping_text()
    {
        var review = new VisualReview("images");
        var defects = new List<string>();
        foreach (var chart in EveryChart())
            foreach (var granularity in chart.Kind == "map" ? ["range"] : Granularities.AsEnumerable())
                foreach (var language in ChartDefinitions.Languages)
                    for (var s = 0; s < Sizes.Length; s++)
                    {
                        var (width, height) = Sizes[s];
                        var theme = s % 2 == 0 ? "light" : "dark"; // colours do not move text: each theme at every other size
                        var request = Request(chart, granularity, language, theme, width, height);
                        var data = Marked(Large(await ReadAsync(request)));
                        using var plot = Draw(request, data);
                        var png = ChartImages.Png(plot, request.Image);
                        var where = $"{string.Join('+', chart.Measures)} ({chart.Kind}) · {granularity} · {language} · {theme} · {width}×{height}";
                        defects.AddRange(ImageLayout.Defects(plot).Concat(ShareAxisDefects(plot, request, data)).Select(d => $"{where}: {d}"));
                        if (width is 480 or 1200) review.Add(Save(png, $"image-{string.Join('-', chart.Measures)}-{chart.Kind}-{granularity}-{language}-{width}"), where);
                    }
        review.WriteContactSheet();
        Assert.True(defects.Count == 0, $"{defects.Count} defects:\n" + string.Join("\n", defects.Take(60)));
    }

    [Fact]
    public async Task The_review_catches_a_legend_over_the_plot_repeated_ticks_a_title_out_of_the_image_and_a_share_axis_past_100()
    {
        var chart = Definitions.Views["case-flow"].Charts.First(c => c.Measures.Count > 1);
        var request = Request(chart, "month", "ru", "light", 800, 400);
        var data = Marked(Large(await ReadAsync(request)));
        using var plot = Draw(request, data);
        ChartImages.Png(plot, request.Image);
        Assert.Empty(ImageLayout.Defects(plot));

        // the legend as the images once drew it: inside the data area, over the lines
        plot.ShowLegend(Alignment.UpperLeft);
        ChartImages.Png(plot, request.Image);
        Assert.Contains(ImageLayout.Defects(plot), d => d.StartsWith("the legend is drawn inside the data area"));

        // a value axis of small shares in whole percent ("4 %, 3 %, 3 %"), and a title too long for the image
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => $"{Math.Floor(v / 1e9):0} %" };
        plot.Axes.Title.Label.Text = string.Concat(Enumerable.Repeat("Рассмотрено в установленный срок ", 4));
        ChartImages.Png(plot, request.Image);
        var defects = ImageLayout.Defects(plot);
        Assert.Contains(defects, d => d.StartsWith("the value axis repeats its ticks"));
        Assert.Contains(defects, d => d.StartsWith("the title") && d.Contains("runs out of the 800×400 image"));

        // a share within a standard drawn to 110 %
        var share = Definitions.Views.Values.SelectMany(v => v.Charts).First(c => c.Measures[0].StartsWith("within_standard"));
        var shareRequest = Request(share, "month", "en", "light", 800, 400);
        var shareData = await ReadAsync(shareRequest);
        using var sharePlot = Draw(shareRequest, shareData);
        sharePlot.Axes.SetLimitsY(0, 110);
        ChartImages.Png(sharePlot, shareRequest.Image);
        Assert.Contains(ShareAxisDefects(sharePlot, shareRequest, shareData), d => d.Contains("past 100 %"));
    }

    private ChartRequest Request(ChartSpec chart, string granularity, string language, string theme, int width, int height)
    {
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = granularity switch { "day" => to.AddDays(-89), "year" => new DateOnly(to.Year - 4, 1, 1), _ => new DateOnly(to.Year, to.Month, 1).AddMonths(-11) };
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["scope"] = "nation", ["granularity"] = granularity, ["from"] = from.ToString("yyyy-MM-dd"), ["to"] = to.ToString("yyyy-MM-dd"),
            ["lang"] = language, ["theme"] = theme, ["width"] = width.ToString(), ["height"] = height.ToString(),
        });
        Assert.True(ChartRequest.TryParse(query, chart, app.Get<MetricCatalogue>(), to, out var request, out var error), error);
        return request;
    }

    private async Task<ChartData> ReadAsync(ChartRequest request) =>
        await app.Get<ChartDataReader>().ReadAsync(request, await app.Get<ChartImageCache>().StampAsync(), default);

    private Plot Draw(ChartRequest request, ChartData data) => app.Get<ChartImages>().Draw(request, data);

    /// <summary>A target on each measure at its middle value and a note in the middle period, as an administrator sets them.</summary>
    private static ChartData Marked(ChartData data)
    {
        var points = data.Series.Points;
        if (points.Count == 0 || data.Map is not null) return data;
        var targets = data.Series.Measures.ToDictionary(id => id, id => points.Select(p => p.Values.GetValueOrDefault(id) ?? 0).Order().ElementAt(points.Count / 2));
        var note = new Annotation(1, "nation", points[points.Count / 2].PeriodStart, "E-filing opened to every court of appeal", "admin");
        return data with { Targets = targets, Annotations = [note] };
    }

    /// <summary>The fixture's figures as large as a nation's: counts in millions, money in billions (shares, days and rates as they are).</summary>
    private ChartData Large(ChartData data)
    {
        if (data.Map is not null) return data;
        var catalogue = app.Get<MetricCatalogue>();
        double Factor(string id) => catalogue.Find(id)!.Unit switch { "count" => 1_234_567, "currency" => 3_141_592_653, _ => 1 };
        var points = data.Series.Points.Select((p, i) => p with
        {
            Values = p.Values.ToDictionary(v => v.Key, v => v.Value is { } x ? (x == 0 ? i % 3 : x) * Factor(v.Key) * (1 + 0.1 * (i % 4)) : (double?)null),
        }).ToList();
        return data with { Series = data.Series with { Points = points } };
    }

    /// <summary>Shares stop at 100 %: a share's value axis reaching past it while its figures stay within.</summary>
    private IEnumerable<string> ShareAxisDefects(Plot plot, ChartRequest request, ChartData data)
    {
        var catalogue = app.Get<MetricCatalogue>();
        if (data.Map is not null || request.Chart.Measures.Any(id => catalogue.Find(id)!.Unit != "ratio")) yield break;
        var highest = data.Series.Points.SelectMany(p => request.Chart.Measures.Select(id => p.Values.GetValueOrDefault(id))).OfType<double>().DefaultIfEmpty(0).Max();
        var top = plot.Axes.Left.Range.Max;
        if (highest <= 1 && top > 100.5) yield return $"the share axis runs past 100 % (to {top:0} %) while its figures stay within it";
    }

    private static string Save(byte[] png, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        File.WriteAllBytes(path, png);
        return path;
    }
}
