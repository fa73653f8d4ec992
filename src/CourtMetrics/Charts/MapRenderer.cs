using CourtMetrics.Maps;
using CourtMetrics.Metrics;
using ScottPlot;

namespace CourtMetrics.Charts;

/// <summary>
/// Draws a map chart as the page's map draws it (wwwroot/js/maps/region-map.js): the regions' shapes from the same
/// projected map, each filled by its class against the target in the theme's map colours from charts.json, a region
/// without data pale with a dashed edge (never as a zero), each region's code and figure with its unit on it, and a
/// legend naming the classes with the target. Titles, subtitle and source as every chart image has them.
/// </summary>
public sealed class MapRenderer(ChartDefinitions definitions, MetricCatalogue catalogue, ChartText text)
{
    /// <summary>What a title, subtitle, legend and source take of the image's height, in CSS pixels (for sizing labels).</summary>
    private const double Furniture = 190;

    public Plot Draw(ChartRequest request, ChartData data, MapData map)
    {
        var (image, language) = (request.Image, request.Image.Language);
        var theme = definitions.Themes[image.Theme];
        var metric = catalogue.Find(request.Chart.Measures[0])!;
        var layout = map.Layout;
        var plot = new Plot { ScaleFactor = image.Scale * ChartFit.TextScale(image) };
        ChartRenderer.Style(plot, theme);
        var figures = map.Figures.Regions.ToDictionary(f => f.RegionId);
        string ClassOf(MapRegion region) => figures.TryGetValue(region.Id, out var f) ? f.Class : MapClasses.NoData;

        // Larger regions first: a city region lying in another's hole is drawn over it.
        foreach (var region in layout.Regions.OrderByDescending(r => r.Area))
            Shape(plot, theme, region, ClassOf(region));
        // Units → CSS pixels, as the plot will fit the map into what the titles and legend leave.
        var (width, height) = ChartFit.LayoutSize(image);
        var pixels = Math.Min((width - 40) / Math.Max(1, layout.Width), Math.Max(40, height - Furniture) / Math.Max(1, layout.Height));
        foreach (var region in layout.Regions)
            Label(plot, theme.Map.Of(ClassOf(region)), region, layout.Kind, pixels,
                figures.TryGetValue(region.Id, out var f) && f.Value is { } v ? text.WithUnit(metric.Unit, v, language) : "—");

        var shown = MapClasses.All.Where(c => c != MapClasses.NoTarget || map.Figures.Regions.Any(r => r.Class == c));
        plot.Legend.ManualItems.AddRange(shown.Select(c => LegendItem(theme, c, text.MapClass(c, metric, map.Figures.Target, language))));
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);

        Frame(plot, layout);
        ChartRenderer.Titles(plot, theme, text.Title(request, data.Standards), text.Subtitle(request, data), text.Source(request.Chart, language), image);
        return plot;
    }

    private static void Shape(Plot plot, ChartTheme theme, MapRegion region, string mapClass)
    {
        var noData = mapClass == MapClasses.NoData;
        foreach (var ring in region.Rings)
        {
            // y runs down on the map and up on the plot
            var polygon = plot.Add.Polygon(ring.Points.Select(p => new Coordinates(p.X, -p.Y)).ToArray());
            polygon.FillColor = Color.FromHex(ring.Hole ? theme.Background : theme.Map.Of(mapClass).Fill);
            polygon.LineColor = Color.FromHex(noData && !ring.Hole ? theme.Map.NoDataBorder : theme.Map.Border);
            polygon.LineWidth = noData ? 1.5f : 1.2f;
            polygon.LinePattern = noData ? LinePattern.Dashed : LinePattern.Solid;
        }
    }

    /// <summary>The region's code, and its figure under it, in the ink its class's fill carries, sized to fit a tile.</summary>
    private static void Label(Plot plot, ClassColours colours, MapRegion region, string kind, double pixels, string figure)
    {
        var size = kind == "tiles" ? region.Rings[0].Points.Max(p => p.X) - region.Rings[0].Points.Min(p => p.X) : 0;
        // A tile's words take at most 90 % of its width (DejaVu Sans averages 0.6 em a character); outlines get a small fixed size.
        var font = kind == "tiles"
            ? (float)Math.Min(Math.Min(size * pixels * 0.2, size * pixels * 0.9 / (0.62 * Math.Max(4, figure.Length))), 22)
            : 10f;
        if (font < 8) return; // tiles too small to read: the colours and the legend say it
        var gap = kind == "tiles" ? size * 0.16 : 7 / pixels;
        Text(plot, region.Code, region.LabelX, -(region.LabelY - gap), font, colours.Ink, bold: true);
        Text(plot, figure, region.LabelX, -(region.LabelY + gap), font * 0.92f, colours.Ink, bold: false);
    }

    private static void Text(Plot plot, string words, double x, double y, float size, string colour, bool bold)
    {
        var label = plot.Add.Text(words, x, y);
        label.LabelFontName = ChartFonts.Family;
        label.LabelFontSize = size;
        label.LabelFontColor = Color.FromHex(colour);
        label.LabelBold = bold;
        label.LabelAlignment = Alignment.MiddleCenter;
    }

    /// <summary>A class's swatch: its fill, edged (a dashed edge is unreadable at this size; no data's is its darker grey).</summary>
    private static LegendItem LegendItem(ChartTheme theme, string mapClass, string name) => new()
    {
        LabelText = name,
        FillColor = Color.FromHex(theme.Map.Of(mapClass).Fill),
        OutlineColor = Color.FromHex(mapClass == MapClasses.NoData ? theme.Map.NoDataBorder : theme.Muted),
        OutlineWidth = 1,
    };

    /// <summary>No axes, ticks or grid: the map alone, one unit as wide as it is high, with a little room around it.</summary>
    private static void Frame(Plot plot, MapLayout layout)
    {
        plot.HideGrid();
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.IsVisible = false;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
        }
        var pad = Math.Max(layout.Width, layout.Height) * 0.02 + 1;
        plot.Axes.SetLimits(-pad, layout.Width + pad, -(layout.Height + pad), pad);
        plot.Axes.SquareUnits();
    }
}
