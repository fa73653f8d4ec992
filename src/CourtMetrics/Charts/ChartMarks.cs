using CourtMetrics.Annotations;
using CourtMetrics.Metrics;
using ScottPlot;

namespace CourtMetrics.Charts;

/// <summary>
/// The marks the page's timechart.js draws over a chart, drawn the same way (styles from charts.json's marks): a
/// dashed line at each measure's target in force, labelled "◎ value" at its left (in the theme's target colour, or the
/// measure's own colour when the chart has several), and a dotted vertical line at the period holding each note's
/// date, with the note's text (cut as the page cuts it) along it from the top.
/// </summary>
public static class ChartMarks
{
    /// <summary>The targets of the chart's measures, in drawn units (percent points for ratios), by measure index.</summary>
    public static IReadOnlyList<(int Index, double Value, double Drawn)> TargetsOf(IReadOnlyList<string> measures,
        IReadOnlyDictionary<string, double> targets, string unit) =>
        measures.Select((id, i) => (i, targets.TryGetValue(id, out var t) ? t : double.NaN))
            .Where(x => double.IsFinite(x.Item2))
            .Select(x => (x.i, x.Item2, unit == "ratio" ? x.Item2 * 100 : x.Item2)).ToList();

    /// <summary>Target lines with their labels above them, or below one that runs along the top of the plot
    /// (<paramref name="top"/>: the value axis' end) — a label above it would fall outside.</summary>
    public static void DrawTargets(Plot plot, ChartMarkStyles styles, ChartTheme theme, IReadOnlyList<Color> colours,
        IReadOnlyList<(int Index, double Value, double Drawn)> targets, Func<double, string> format, double top)
    {
        var style = styles.Target;
        using var paint = Paint.NewDisposablePaint();
        var placed = new List<(double Drawn, float Right)>();
        foreach (var (index, value, drawn) in targets)
        {
            var colour = colours.Count > 1 ? colours[index] : Color.FromHex(theme.Target);
            var line = plot.Add.HorizontalLine(drawn, (float)style.Width, colour, Pattern(style.Dash));
            line.ExcludeFromLegend = true;
            var label = plot.Add.Text(style.Label!.Replace("{0}", format(value)), -0.5, drawn);
            var nearTop = drawn > top * 0.92;
            // Targets within a label's height of each other (a twentieth of the axis) put their labels side by side.
            var dx = placed.Where(p => Math.Abs(p.Drawn - drawn) < top * 0.05).Select(p => p.Right + 8).DefaultIfEmpty(3).Max();
            Label(label, colour, style.FontSize, nearTop ? Alignment.UpperLeft : Alignment.LowerLeft, dx, nearTop ? 2 : -2);
            placed.Add((drawn, dx + label.LabelStyle.Measure(label.LabelText, paint).Width));
        }
    }

    /// <summary>Notes along their lines, cut to the plot's height as well as to the page's length (an image's plot is
    /// about its height less 260 px of titles, axis, legend and source at most).</summary>
    public static void DrawNotes(Plot plot, ChartMarkStyles styles, ChartTheme theme, IReadOnlyList<MeasurePoint> points,
        IReadOnlyList<Annotation> notes, double top, double imageHeight)
    {
        var style = styles.Note;
        var maxLength = Math.Min(style.MaxLength!.Value, Math.Max(8, (int)((imageHeight - 260) / (style.FontSize * 0.62))));
        var colour = Color.FromHex(theme.Note);
        foreach (var note in notes)
        {
            if (PeriodIndex(points, note.Date) is not { } x) continue;
            plot.Add.VerticalLine(x, (float)style.Width, colour, Pattern(style.Dash)).ExcludeFromLegend = true;
            var text = note.Text.Length > maxLength ? note.Text[..(maxLength - 1)] + "…" : note.Text;
            var label = plot.Add.Text(text, x, top);
            // Turned a quarter left, its lower right corner at the top of the line: it reads upwards, left of the line.
            Label(label, colour, style.FontSize, Alignment.LowerRight, -2, 2);
            label.LabelRotation = -90;
        }
    }

    /// <summary>The point whose period holds a date (the last start not after it), none outside the series.</summary>
    public static int? PeriodIndex(IReadOnlyList<MeasurePoint> points, DateOnly date)
    {
        if (points.Count == 0 || date < points[0].PeriodStart || date > points[^1].PeriodEnd) return null;
        var index = 0;
        for (var i = 0; i < points.Count && points[i].PeriodStart <= date; i++) index = i;
        return index;
    }

    private static void Label(ScottPlot.Plottables.Text label, Color colour, float size, Alignment alignment, float dx, float dy)
    {
        label.LabelFontColor = colour;
        label.LabelFontSize = size;
        label.LabelFontName = ChartFonts.Family;
        label.LabelAlignment = alignment;
        label.LabelOffsetX = dx;
        label.LabelOffsetY = dy;
    }

    private static LinePattern Pattern(string dash) => dash switch
    {
        "dashed" => LinePattern.Dashed,
        "dotted" => LinePattern.Dotted,
        _ => LinePattern.Solid,
    };
}
