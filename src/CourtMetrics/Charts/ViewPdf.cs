using System.Globalization;
using CourtMetrics.Release;
using SkiaSharp;

namespace CourtMetrics.Charts;

/// <summary>
/// A dashboard view as a PDF to print or attach: A4 landscape, one page per chart, each drawn by ScottPlot straight onto
/// the page of Skia's PDF backend — lines, bars and text stay vector (text selectable, DejaVu Sans embedded as a
/// subset, so Kazakh and Russian render anywhere). Each page has the chart's own title, subtitle (scope, category,
/// period, data as of), unit and source, and a footer with the view, the product's version and the page number.
/// </summary>
public sealed class ViewPdf(ViewCharts views, ChartImages images, ChartDataReader reader, ChartImageCache cache)
{
    public const string ContentType = "application/pdf";

    // A4 landscape in points; the chart is laid out at the width of a large screen and scaled down onto it, so its
    // type sizes are those of the PNG and the page.
    private const float PageWidth = 842, PageHeight = 595, Margin = 24, Footer = 18;
    private const int LayoutWidth = 1200;

    /// <summary>A view of a scope over a period in a language, for callers without a request (a scheduled report).</summary>
    public async Task<byte[]> RenderAsync(string view, string scope, DateOnly from, DateOnly to, string granularity, string language,
        CancellationToken cancellationToken)
    {
        var query = new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["scope"] = scope, ["from"] = from.ToString("O", CultureInfo.InvariantCulture), ["to"] = to.ToString("O", CultureInfo.InvariantCulture),
            ["granularity"] = granularity, ["lang"] = language,
        });
        if (!views.TryParse(view, query, out var requests, out var error, out _)) throw new ArgumentException(error);
        return await RenderAsync(views.Label(view, language), requests, await cache.StampAsync(), cancellationToken);
    }

    public async Task<byte[]> RenderAsync(string title, IReadOnlyList<ChartRequest> charts, DataStamp stamp, CancellationToken cancellationToken)
    {
        var scale = (PageWidth - 2 * Margin) / LayoutWidth;
        var layoutHeight = (int)((PageHeight - 2 * Margin - Footer) / scale);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
               {
                   Title = title, Creator = $"CourtMetrics {ProductVersion.Current}", Producer = "CourtMetrics (ScottPlot, Skia)",
                   Creation = stamp.AsOf?.UtcDateTime ?? DateTime.UnixEpoch, Modified = stamp.AsOf?.UtcDateTime ?? DateTime.UnixEpoch,
               }))
        {
            for (var i = 0; i < charts.Count; i++)
            {
                var data = await reader.ReadAsync(charts[i], stamp, cancellationToken);
                using var plot = images.Draw(charts[i], data);
                plot.ScaleFactor = 1; // vector: the page's scale is the canvas's
                var page = document.BeginPage(PageWidth, PageHeight);
                page.Save();
                page.Translate(Margin, Margin);
                page.Scale(scale);
                plot.Render(page, LayoutWidth, layoutHeight);
                page.Restore();
                using var font = new SKFont(ChartFonts.Regular, 8);
                using var ink = new SKPaint { Color = SKColors.DimGray, IsAntialias = true };
                var footer = $"{title} · CourtMetrics {ProductVersion.Current} · {i + 1}/{charts.Count}";
                page.DrawText(footer, Margin, PageHeight - Margin / 2, SKTextAlign.Left, font, ink);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }
}
