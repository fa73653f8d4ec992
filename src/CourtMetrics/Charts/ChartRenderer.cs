using System.Globalization;
using CourtMetrics.Metrics;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace CourtMetrics.Charts;

/// <summary>
/// Draws any chart definition as the page draws it (timechart.js): periods as categories, ratios in percent points,
/// a gap where a value is none, the theme's palette from charts.json, labels in the chosen language, and a last period
/// still running drawn as provisional (a dashed segment to a hollow point, a paler bar, "to date" under it).
/// A Plot is not thread-safe: one per render.
/// </summary>
public sealed class ChartRenderer(ChartDefinitions definitions, MetricCatalogue catalogue, ChartText text, TimeProvider clock)
{
    /// <summary>The room left and right of the first and last period, in periods.</summary>
    private const double XMargin = 0.6;

    public Plot Draw(ChartRequest request, ChartData data)
    {
        var (chart, image) = (request.Chart, request.Image);
        var theme = definitions.Themes[image.Theme];
        var unit = catalogue.Find(chart.Measures[0])!.Unit;
        var points = data.Series.Points;
        var plot = new Plot { ScaleFactor = image.Scale * ChartFit.TextScale(image) };
        Style(plot, theme);

        var values = chart.Measures
            .Select(id => points.Select(p => p.Values.GetValueOrDefault(id) is { } v ? (unit == "ratio" ? v * 100 : v) : double.NaN).ToArray())
            .ToList();
        var colours = chart.Measures.Select((_, i) => Color.FromHex(theme.Series[i % theme.Series.Count])).ToList();
        var names = chart.Measures.Select(id => text.MeasureName(id, image.Language, data.Standards, request.Query.Category)).ToList();
        var partial = points.Count > 0
            && IsPartial(points[^1], request.Query.Granularity, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var top = chart.Kind switch
        {
            "bar" => DrawBars(plot, values, colours, stacked: false, partial),
            "stacked" => DrawBars(plot, values, colours, stacked: true, partial),
            _ => DrawLines(plot, values, colours, chart.Kind, partial),
        };
        // The target lines stay in view, as the page's chart widens its axis to its mark lines.
        var targets = ChartMarks.TargetsOf(chart.Measures, data.Targets, unit);
        top = targets.Select(t => t.Drawn).Append(top).Max();
        if (chart.Measures.Count > 1)
        {
            plot.Legend.ManualItems.AddRange(names.Select((name, i) => new LegendItem { LabelText = name, FillColor = colours[i], LineColor = colours[i] }));
            // below the axis, outside the data area: inside it, the legend covered lines and the axis labels
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.ShowLegend(Edge.Bottom);
        }
        else plot.HideLegend();

        plot.Axes.SetLimitsX(-XMargin, Math.Max(points.Count, 1) - 1 + XMargin);
        // headroom above the highest value; shares that stay within 100 % stop there (the page does the same)
        var yTop = top > 0 ? top * 1.08 : 1;
        if (unit == "ratio" && top <= 100) yTop = Math.Min(yTop, 100);
        AxisLabels(plot, request, points, unit, partial, yTop);
        ChartMarks.DrawTargets(plot, definitions.Marks, theme, colours, targets, v => ChartText.Value(unit, v, image.Language), yTop);
        plot.Axes.SetLimitsY(0, yTop);
        ChartMarks.DrawNotes(plot, definitions.Marks, theme, points, data.Annotations, yTop, ChartFit.LayoutSize(image).Height);
        Titles(plot, theme, text.Title(request, data.Standards), text.Subtitle(request, data), text.Source(chart, image.Language), image);
        return plot;
    }

    /// <summary>As the page's isPartial (periods.js): cut short by the query's end, or still running today.</summary>
    public static bool IsPartial(MeasurePoint point, string granularity, DateOnly today)
    {
        var months = granularity switch { "month" => 1, "quarter" => 3, "year" => 12, _ => 0 };
        if (granularity == "range") return false;
        var naturalEnd = months == 0 ? point.PeriodStart : point.PeriodStart.AddMonths(months).AddDays(-1);
        return point.PeriodEnd < naturalEnd || point.PeriodEnd >= today;
    }

    private static double DrawLines(Plot plot, List<double[]> values, List<Color> colours, string kind, bool partial)
    {
        var xs = Enumerable.Range(0, values[0].Length).Select(i => (double)i).ToArray();
        var last = xs.Length - 1;
        for (var i = 0; i < values.Count; i++)
        {
            var solid = partial ? values[i].Select((v, x) => x == last ? double.NaN : v).ToArray() : values[i];
            if (partial) ToDate(plot, values[i], last, colours[i]);
            var line = plot.Add.Scatter(xs, solid, colours[i]);
            line.LineWidth = 2.5f;
            line.MarkerSize = kind == "line" && xs.Length <= 40 ? 5 : 0;
            if (kind is "area" or "band")
            {
                line.FillY = true;
                line.FillYColor = colours[i].WithAlpha(kind == "area" ? 0.12 : 0.08);
            }
        }
        return values.SelectMany(v => v).Where(double.IsFinite).DefaultIfEmpty(0).Max();
    }

    /// <summary>The dashed segment from the last whole period to the one still running, ending in a hollow point.</summary>
    private static void ToDate(Plot plot, double[] values, int last, Color colour)
    {
        var from = last > 0 && double.IsFinite(values[last - 1]) ? last - 1 : last;
        var xs = Enumerable.Range(from, last - from + 1).Select(x => (double)x).ToArray();
        var segment = plot.Add.Scatter(xs, xs.Select(x => values[(int)x]).ToArray(), colour);
        segment.LineWidth = 2.5f;
        segment.LinePattern = LinePattern.Dashed;
        segment.MarkerSize = 0;
        var point = plot.Add.Scatter(new double[] { last }, new[] { values[last] }, colour);
        point.LineWidth = 0;
        point.MarkerShape = MarkerShape.OpenCircle;
        point.MarkerSize = 9;
    }

    private static double DrawBars(Plot plot, List<double[]> values, List<Color> colours, bool stacked, bool partial)
    {
        var count = values.Count;
        var width = stacked || count == 1 ? 0.7 : 0.8 / count;
        var bars = new List<Bar>();
        var top = 0d;
        for (var x = 0; x < values[0].Length; x++)
        {
            var baseline = 0d;
            for (var i = 0; i < count; i++)
            {
                var v = values[i][x];
                if (!double.IsFinite(v)) continue;
                var position = stacked ? x : x + (i - (count - 1) / 2.0) * width;
                var colour = partial && x == values[0].Length - 1 ? colours[i].WithAlpha(0.45) : colours[i];
                bars.Add(new Bar { Position = position, ValueBase = baseline, Value = baseline + v, FillColor = colour, Size = width * 0.92, LineWidth = 0 });
                if (stacked) baseline += v;
                top = Math.Max(top, baseline + (stacked ? 0 : v));
            }
        }
        plot.Add.Bars(bars);
        return top;
    }

    private void AxisLabels(Plot plot, ChartRequest request, IReadOnlyList<MeasurePoint> points, string unit, bool partial, double top)
    {
        var language = request.Image.Language;
        var culture = ChartText.Culture(language);
        // About one label per 85 CSS pixels, as ECharts' hideOverlap leaves them.
        var plotWidth = ChartFit.LayoutSize(request.Image).Width - 120;
        var step = Math.Max(1, (int)Math.Ceiling(points.Count / Math.Max(1.0, plotWidth / 85.0)));
        var ticks = new List<Tick>();
        // counted back from the last period, which is always labelled ("to date" under it when it still runs)
        for (var i = points.Count - 1; i >= 0; i -= step)
            ticks.Add(Tick.Major(i, ChartText.Period(points[i].PeriodStart, request.Query.Granularity, language)
                + (partial && i == points.Count - 1 ? "\n" + definitions.Label("toDate", language) : "")));
        ChartFit.RoomForEndLabels(plot, ticks, plotWidth, points.Count, XMargin);
        var generator = new NumericManual();
        foreach (var tick in ticks) generator.AddMajor(tick.Position, tick.Label);
        plot.Axes.Bottom.TickGenerator = generator;
        // as many decimals as the ticks need to differ (shares of a few percent: 0.5, 1.0, 1.5): about one tick per
        // 50 px of the axis
        var decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(top / Math.Max(5, ChartFit.LayoutSize(request.Image).Height / 50))), 0, 3);
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = v => unit == "ratio" ? v.ToString("F" + decimals, culture) : top >= 1e6 && v != 0
                ? ChartText.InMillions(v, top, language) : v.ToString("#,0." + new string('#', Math.Max(2, decimals)), culture),
        };
        plot.Axes.Left.Label.Text = text.UnitLabel(unit, language) ?? "";
    }

    internal static void Style(Plot plot, ChartTheme theme)
    {
        var (ink, muted) = (Color.FromHex(theme.Ink), Color.FromHex(theme.Muted));
        plot.FigureBackground.Color = Color.FromHex(theme.Background);
        plot.DataBackground.Color = Color.FromHex(theme.Background);
        plot.Axes.Color(muted);
        plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex(theme.Axis);
        plot.Axes.Left.FrameLineStyle.Color = Colors.Transparent;
        plot.Axes.Right.FrameLineStyle.Color = Colors.Transparent;
        plot.Axes.Top.FrameLineStyle.Color = Colors.Transparent;
        plot.Grid.MajorLineColor = Color.FromHex(theme.Grid);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Legend.BackgroundColor = Color.FromHex(theme.Background);
        plot.Legend.FontColor = ink;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Legend.FontName = ChartFonts.Family;
        plot.Font.Set(ChartFonts.Family);
    }

    internal static void Titles(Plot plot, ChartTheme theme, string title, string subtitle, string source, ImageOptions image)
    {
        // titles are centred on the data area, which the value axis' labels push right: up to about 110 px
        var width = ChartFit.LayoutSize(image).Width - 110;
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = 20;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Color.FromHex(theme.Ink);
        ChartFit.Fit(plot.Axes.Title.Label, width);
        // Added after the title, so it sits between the title and the data.
        var panel = new TitlePanel();
        Line(panel.Label, subtitle, 13, theme.Muted);
        ChartFit.Fit(panel.Label, width);
        plot.Axes.AddPanel(panel);
        // The periods need no axis title: the bottom label carries the source instead.
        Line(plot.Axes.Bottom.Label, source, 11, theme.Muted);
        ChartFit.Fit(plot.Axes.Bottom.Label, width);
    }

    private static void Line(LabelStyle label, string text, float size, string colour)
    {
        label.Text = text;
        label.FontSize = size;
        label.Bold = false;
        label.FontName = ChartFonts.Family;
        label.ForeColor = Color.FromHex(colour);
    }
}
