using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace CourtMetrics.Charts;

/// <summary>
/// Turns the &lt;text&gt; of ScottPlot's SVG into the outlines of the same DejaVu glyphs, so the image looks the same
/// on a machine without the font (Kazakh letters such as «Қ» and «ǵ» included). Each outline keeps its words as
/// an aria-label, and the document gets the chart's title as &lt;title&gt;, so the text stays readable to tools.
/// </summary>
public static class SvgOutliner
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Outline(string svg, string title)
    {
        var document = XDocument.Parse(svg);
        var root = document.Root!;
        root.AddFirst(new XElement(Svg + "title", title));
        root.SetAttributeValue("role", "img");
        foreach (var text in root.Descendants(Svg + "text").ToList()) text.ReplaceWith(PathOf(text));
        return document.Declaration + "\n" + document.Root!.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement PathOf(XElement text)
    {
        var words = text.Value.Trim();
        var size = Number(text.Attribute("font-size")?.Value, 12);
        var bold = text.Attribute("font-weight")?.Value is "bold" or "700";
        using var font = new SKFont(bold ? ChartFonts.Bold : ChartFonts.Regular, (float)size) { Subpixel = true };
        // ScottPlot (Skia) places the glyphs by their advances from the first x and y: the same as GetTextPath.
        var x = Number(text.Attribute("x")?.Value.Split(',')[0], 0);
        var y = Number(text.Attribute("y")?.Value.Split(',')[0], 0);
        using var path = font.GetTextPath(words, new SKPoint((float)x, (float)y));
        var outline = new XElement(Svg + "path",
            new XAttribute("d", path.ToSvgPathData()),
            new XAttribute("aria-label", words));
        foreach (var name in new[] { "transform", "fill", "fill-opacity", "opacity" })
            if (text.Attribute(name) is { } a) outline.SetAttributeValue(name, a.Value);
        return outline;
    }

    private static double Number(string? text, double fallback) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
