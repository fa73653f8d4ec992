using System.Text;
using CourtMetrics.Observability;
using CourtMetrics.Exports;
using ScottPlot;
using SkiaSharp;

namespace CourtMetrics.Charts;

/// <summary>A chart as PNG, SVG or its data as CSV or XLSX, each rendered once per data version and kept in the image cache.</summary>
public sealed class ChartImages(ChartImageCache cache, ChartDataReader reader, ChartRenderer renderer, MapRenderer maps, ChartText text,
    ChartTables tables)
{
    public static readonly string[] Formats = ["png", "svg", "csv", "xlsx"];

    /// <summary>The cache key: the data's files depend on the data and the language of their names (and a CSV on its
    /// separators), images on the size, language and theme too.</summary>
    public static string KeyOf(ChartRequest request, string format) => format switch
    {
        "csv" => $"csv|{request.Chart.Key}|{request.Query.Key}|{request.Image.Language}|{request.Csv.Name}",
        "xlsx" => $"xlsx|{request.Chart.Key}|{request.Query.Key}|{request.Image.Language}",
        _ => $"{format}|{request.Key}",
    };

    public static string FileName(ChartRequest request, string format) =>
        $"{string.Join('-', request.Chart.Title is { } t && request.Chart.Measures.Count > 1 ? [t] : request.Chart.Measures.Take(1))}_" +
        $"{request.Query.ScopeText.Replace(':', '-').Replace(',', '-')}_{request.Query.Granularity}.{format}";

    public async Task<RenderedFile> GetAsync(ChartRequest request, string format, DataStamp stamp, CancellationToken cancellationToken)
    {
        var key = KeyOf(request, format);
        var formatTag = ProductTelemetry.Tag("format", format);
        if (cache.TryGet(key, stamp, out var file))
        {
            ProductTelemetry.ChartCacheHits.Add(1, formatTag);
            return file;
        }
        using var span = ProductTelemetry.Source.StartActivity($"chart {format}");
        var data = await reader.ReadAsync(request, stamp, cancellationToken);
        file = format switch
        {
            "csv" => new RenderedFile(CsvFile.Write(tables.Of(request, data), request.Csv), CsvFile.ContentType, ChartImageCache.ETagOf(key, stamp)),
            "xlsx" => new RenderedFile(XlsxFile.Write(tables.Of(request, data), request.Chart.Measures[0]), XlsxFile.ContentType, ChartImageCache.ETagOf(key, stamp)),
            "svg" => new RenderedFile(Svg(request, data), "image/svg+xml", ChartImageCache.ETagOf(key, stamp)),
            _ => new RenderedFile(Png(request, data), "image/png", ChartImageCache.ETagOf(key, stamp)),
        };
        ProductTelemetry.ChartRenders.Add(1, formatTag);
        cache.Add(key, stamp, file);
        return file;
    }

    private byte[] Png(ChartRequest request, ChartData data)
    {
        using var plot = Draw(request, data);
        return Png(plot, request.Image);
    }

    /// <summary>The chart as a ScottPlot plot, to render as PNG, SVG or onto a PDF page (ViewPdf).</summary>
    public Plot Draw(ChartRequest request, ChartData data) =>
        data.Map is { } map ? maps.Draw(request, data, map) : renderer.Draw(request, data);

    /// <summary>
    /// The layout is that of Width×Height (larger for a small image: ChartFit); the plot's ScaleFactor draws it with Scale times the pixels for high-DPI
    /// screens. Encoded with the Up filter at zlib level 3: measured on a 3 × 365-point chart, about a tenth larger than
    /// ScottPlot's own GetImageBytes (all filters, level 6) in a third to a half of its encoding time, which was most
    /// of an uncached image's cost.
    /// </summary>
    public static byte[] Png(Plot plot, ImageOptions image)
    {
        using var surface = SKSurface.Create(new SKImageInfo(image.PixelWidth, image.PixelHeight));
        plot.Render(surface.Canvas, image.PixelWidth, image.PixelHeight);
        using var snapshot = surface.Snapshot();
        using var pixels = snapshot.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 3))
            ?? throw new InvalidOperationException($"Skia could not encode a {image.PixelWidth}×{image.PixelHeight} PNG");
        return PngText.WithSoftware(png.ToArray());
    }

    private byte[] Svg(ChartRequest request, ChartData data)
    {
        using var plot = Draw(request, data);
        plot.ScaleFactor = ChartFit.TextScale(request.Image); // a vector image: its size is in CSS pixels
        var svg = SvgOutliner.Outline(plot.GetSvgXml(request.Image.Width, request.Image.Height), text.Title(request, data.Standards));
        return Encoding.UTF8.GetBytes(svg);
    }
}
