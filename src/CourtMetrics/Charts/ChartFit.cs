using ScottPlot;

namespace CourtMetrics.Charts;

/// <summary>
/// Keeps an image's words inside it at every size (Charts/ImageLayoutReviewTests checks the drawn layout): a small image
/// draws everything smaller, down to three quarters, so its data keeps room between title, legend and source; a
/// title or subtitle too wide for the image is set smaller and then broken into lines; the first and last period
/// labels get the room they need at the plot's sides.
/// </summary>
public static class ChartFit
{
    /// <summary>The size at and above which an image is drawn at full size.</summary>
    private const double RoomyWidth = 800, RoomyHeight = 400;

    /// <summary>How much smaller than full size the image's text and marks are drawn (1 at 800×400 and above).</summary>
    public static double TextScale(ImageOptions image) => Math.Clamp(Math.Min(image.Width / RoomyWidth, image.Height / RoomyHeight), 0.75, 1);

    /// <summary>The size the image is laid out in, in the units its fonts are given in.</summary>
    public static (double Width, double Height) LayoutSize(ImageOptions image) => (image.Width / TextScale(image), image.Height / TextScale(image));

    /// <summary>A label set smaller, to four fifths at most, then broken into lines (at " · " first, then at spaces) to fit a width.</summary>
    public static void Fit(LabelStyle label, double width)
    {
        using var paint = Paint.NewDisposablePaint();
        double Width(string text) => label.Measure(text, paint).Width;
        var smallest = label.FontSize * 0.8f;
        while (Width(label.Text) > width && label.FontSize - 1 >= smallest) label.FontSize -= 1;
        if (Width(label.Text) <= width) return;
        var lines = Fill(label.Text.Split(" · "), " · ", width, Width)
            .SelectMany(line => Width(line) <= width ? [line] : Fill(line.Split(' '), " ", width, Width));
        label.Text = string.Join('\n', lines);
    }

    /// <summary>Parts joined on lines as long as they fit the width; a part wider than it is a line of its own.</summary>
    private static List<string> Fill(IEnumerable<string> parts, string separator, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var part in parts)
        {
            if (lines.Count > 0 && measure(lines[^1] + separator + part) <= width) lines[^1] += separator + part;
            else lines.Add(part);
        }
        return lines;
    }

    /// <summary>
    /// Room at the plot's sides for half of the first and the last period label, which stand centred on the first and
    /// last period; a first label that would still reach under the value axis' labels is left out (its neighbours
    /// name the periods).
    /// </summary>
    public static void RoomForEndLabels(Plot plot, List<Tick> ticks, double plotWidth, int periods, double margin)
    {
        if (ticks.Count == 0) return;
        using var paint = Paint.NewDisposablePaint();
        double Half(Tick t) => plot.Axes.Bottom.TickLabelStyle.Measure(t.Label, paint).Width / 2 + 2;
        var last = ticks.MaxBy(t => t.Position)!;
        plot.Axes.Right.MinimumSize = (float)Math.Max(plot.Axes.Right.MinimumSize, Half(last));
        var first = ticks.MinBy(t => t.Position)!;
        var perPeriod = plotWidth / Math.Max(1, periods);
        if (first.Position != last.Position && (first.Position + margin) * perPeriod < Half(first)) ticks.Remove(first);
    }
}
