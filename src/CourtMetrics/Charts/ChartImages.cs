using System.Globalization;
using System.Text;
using CourtMetrics.Observability;
using ScottPlot;
using SkiaSharp;

namespace CourtMetrics.Charts;

/// <summary>A chart as PNG, SVG or its data as CSV, each rendered once per data version and kept in the image cache.</summary>
public sealed class ChartImages(ChartImageCache cache, ChartDataReader reader, ChartRenderer renderer, MapRenderer maps, ChartText text)
{
    public static readonly string[] Formats = ["png", "svg", "csv"];

    /// <summary>The cache key: CSV depends on the data only (and a map's on the language of its region names), images
    /// on the size, language and theme too.</summary>
    public static string KeyOf(ChartRequest request, string format) =>
        format != "csv" ? $"{format}|{request.Key}"
        : request.Chart.Kind == "map" ? $"csv|{request.Chart.Key}|{request.Query.Key}|{request.Image.Language}"
        : $"csv|{request.Chart.Key}|{request.Query.Key}";

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
            "csv" => new RenderedFile(data.Map is { } map ? MapCsv(map) : Csv(request, data), "text/csv; charset=utf-8", ChartImageCache.ETagOf(key, stamp)),
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

    private Plot Draw(ChartRequest request, ChartData data) =>
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

    /// <summary>The chart's numbers as the page has them: period start and end, one invariant-formatted column per measure.</summary>
    private static byte[] Csv(ChartRequest request, ChartData data)
    {
        var measures = request.Chart.Measures;
        var csv = new StringBuilder();
        csv.Append(string.Join(',', ["period_start", "period_end", .. measures])).Append("\r\n");
        foreach (var point in data.Series.Points)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{point.PeriodStart:yyyy-MM-dd},{point.PeriodEnd:yyyy-MM-dd}");
            foreach (var id in measures)
                csv.Append(',').Append(point.Values.GetValueOrDefault(id)?.ToString("R", CultureInfo.InvariantCulture));
            csv.Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>A map's numbers: each region (by code, named in the image's language), its value, the target and its class.</summary>
    private static byte[] MapCsv(MapData map)
    {
        var csv = new StringBuilder("region_code,region,value,target,class\r\n");
        var figures = map.Figures.Regions.ToDictionary(f => f.RegionId);
        var target = map.Figures.Target?.ToString("R", CultureInfo.InvariantCulture);
        foreach (var region in map.Layout.Regions)
        {
            var figure = figures[region.Id];
            var name = map.Names.GetValueOrDefault(region.Id, region.Code).Replace("\"", "\"\"");
            csv.Append(CultureInfo.InvariantCulture, $"{region.Code},\"{name}\",{figure.Value?.ToString("R", CultureInfo.InvariantCulture)},{target},{figure.Class}\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
