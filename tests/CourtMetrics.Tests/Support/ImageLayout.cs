using ScottPlot;
using ScottPlot.Panels;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// The visual review of a chart image, on the layout ScottPlot drew (a plot after its render): the box of every text it
/// drew — title, subtitle, source, unit, each axis tick label, the legend, target and note labels, a map's region
/// labels — and the defects a reader would see: text out of the image, two texts over each other, the legend over
/// the data area, tick labels that reach into it, an axis repeating its ticks, a data area squeezed under 30 % of
/// the image by what is
/// around it.
/// </summary>
public static class ImageLayout
{
    public sealed record TextBox(string Name, PixelRect Rect);

    public static IReadOnlyList<string> Defects(Plot plot)
    {
        var layout = plot.LastRender.Layout;
        var (figure, data) = (layout.FigureRect, layout.DataRect);
        var boxes = TextBoxes(plot);
        var defects = new List<string>();
        foreach (var box in boxes)
            if (box.Rect.Left < figure.Left - 1 || box.Rect.Right > figure.Right + 1 || box.Rect.Top < figure.Top - 1 || box.Rect.Bottom > figure.Bottom + 1)
                defects.Add($"{box.Name} runs out of the {figure.Width:0}×{figure.Height:0} image ({Describe(box.Rect)})");
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                if (Overlap(boxes[i].Rect, boxes[j].Rect) is var (x, y) && x > 2 && y > 2)
                    defects.Add($"{boxes[i].Name} and {boxes[j].Name} overlap ({x:0}×{y:0} px)");
        foreach (var box in boxes.Where(b => b.Name.StartsWith("the legend") || b.Name.StartsWith("tick")))
            if (Overlap(box.Rect, data) is var (x, y) && x > 1 && y > 1)
                defects.Add($"{box.Name} reaches into the data area ({Describe(box.Rect)}; data {Describe(data)})");
        if (plot.Legend.IsVisible && plot.Legend.GetItems().Length > 0)
            defects.Add("the legend is drawn inside the data area, over what it names");
        var left = MajorTicks(plot.Axes.Left).Select(t => t.Label).ToList();
        if (plot.Axes.Left.TickLabelStyle.IsVisible && left.Distinct().Count() < left.Count)
            defects.Add($"the value axis repeats its ticks: {string.Join(", ", left)}");
        if (data.Height < figure.Height * 0.3)
            defects.Add($"the data area is {data.Height:0} px of the image's {figure.Height:0}");
        return defects;
    }

    /// <summary>Every text the plot drew, with the box it takes in the image.</summary>
    public static List<TextBox> TextBoxes(Plot plot)
    {
        var layout = plot.LastRender.Layout;
        var data = layout.DataRect;
        using var paint = Paint.NewDisposablePaint();
        var boxes = new List<TextBox>();
        void Add(string name, LabelStyle label)
        {
            if (label.IsVisible && !string.IsNullOrWhiteSpace(label.Text) && label.LastRenderPixelRect is var r && r.HasArea)
                boxes.Add(new TextBox($"{name} \"{Short(label.Text)}\"", Turned(r, label)));
        }
        Add("the title", plot.Axes.Title.Label);
        foreach (var panel in layout.PanelSizes.Keys.OfType<TitlePanel>().Where(p => p.Label != plot.Axes.Title.Label))
            Add("the subtitle", panel.Label);
        Add("the source", plot.Axes.Bottom.Label);
        Add("the unit", plot.Axes.Left.Label);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            if (!axis.TickLabelStyle.IsVisible) continue;
            foreach (var tick in MajorTicks(axis).Where(t => !string.IsNullOrWhiteSpace(t.Label)))
            {
                var size = axis.TickLabelStyle.Measure(tick.Label, paint);
                var at = axis.GetPixel(tick.Position, data);
                var gap = axis.MajorTickStyle.Length;
                var rect = axis.Edge == Edge.Bottom
                    ? new PixelRect(at - size.Width / 2, at + size.Width / 2, data.Bottom + gap + size.Height, data.Bottom + gap)
                    : new PixelRect(data.Left - gap - size.Width, data.Left - gap, at + size.Height / 2, at - size.Height / 2);
                if (axis.Edge == Edge.Bottom && (at < data.Left - 1 || at > data.Right + 1)) continue; // off the axis: not drawn
                if (axis.Edge == Edge.Left && (at < data.Top - 1 || at > data.Bottom + 1)) continue;
                boxes.Add(new TextBox($"tick \"{Short(tick.Label)}\"", rect));
            }
        }
        foreach (var (panel, size) in layout.PanelSizes.Where(p => p.Key is LegendPanel))
        {
            var area = panel.GetPanelRect(data, size, layout.PanelOffsets[panel], paint);
            var legend = ((LegendPanel)panel).Legend.LastRenderSize;
            var (x, y) = (area.HorizontalCenter, area.VerticalCenter);
            boxes.Add(new TextBox("the legend", new PixelRect(x - legend.Width / 2, x + legend.Width / 2, y + legend.Height / 2, y - legend.Height / 2)));
        }
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>().Where(t => t.IsVisible))
            Add("the label", text.LabelStyle);
        return boxes;
    }

    private static IEnumerable<Tick> MajorTicks(IAxis axis) => axis.TickGenerator.Ticks.Where(t => t.IsMajor);

    /// <summary>A label turned a quarter about its alignment point takes the box turned about that point.</summary>
    private static PixelRect Turned(PixelRect r, LabelStyle label)
    {
        if (Math.Abs(Math.Abs(label.Rotation) - 90) > 1) return r;
        var name = label.Alignment.ToString();
        var px = name.EndsWith("Left") ? r.Left : name.EndsWith("Right") ? r.Right : r.HorizontalCenter;
        var py = name.StartsWith("Upper") ? r.Top : name.StartsWith("Lower") ? r.Bottom : r.VerticalCenter;
        // screen coordinates (y down): a turn by -90° takes (dx, dy) to (dy, -dx); by +90° to (-dy, dx)
        var sign = label.Rotation < 0 ? 1 : -1;
        var xs = new[] { r.Top - py, r.Bottom - py }.Select(d => px + sign * d).ToArray();
        var ys = new[] { r.Left - px, r.Right - px }.Select(d => py - sign * d).ToArray();
        return new PixelRect(xs.Min(), xs.Max(), ys.Max(), ys.Min());
    }

    private static (float X, float Y)? Overlap(PixelRect a, PixelRect b) =>
        (Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));

    private static string Describe(PixelRect r) => $"{r.Left:0},{r.Top:0} to {r.Right:0},{r.Bottom:0}";

    private static string Short(string text) => text.Replace('\n', ' ') is var t && t.Length > 40 ? t[..40] + "…" : t;
}
