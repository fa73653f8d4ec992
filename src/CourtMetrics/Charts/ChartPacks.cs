using System.IO.Compression;

namespace CourtMetrics.Charts;

/// <summary>
/// Charts at one size — every chart of a view, or a presentation playlist's slides: a ZIP of PNGs, a PPTX deck
/// with a title slide (titled in the charts' language) and one slide per chart, or a vector PDF (ViewPdf).
/// </summary>
public sealed class ChartPacks(ChartImages images, ChartDataReader reader, ChartText text, ViewPdf pdf)
{
    public static readonly string[] Formats = ["zip", "pptx", "pdf"];

    public async Task<RenderedFile> BuildAsync(Func<string, string> titleIn, IReadOnlyList<ChartRequest> charts, string format,
        string key, DataStamp stamp, CancellationToken cancellationToken)
    {
        var etag = ChartImageCache.ETagOf(key, stamp);
        if (format == "pdf")
            return new RenderedFile(await pdf.RenderAsync(titleIn(charts[0].Image.Language), charts, stamp, cancellationToken), ViewPdf.ContentType, etag);
        var pngs = new List<RenderedFile>();
        foreach (var chart in charts) pngs.Add(await images.GetAsync(chart, "png", stamp, cancellationToken));
        if (format == "zip") return new RenderedFile(Zip(charts, pngs), "application/zip", etag);

        var first = charts[0];
        var language = first.Image.Language;
        var data = await reader.ReadAsync(first, stamp, cancellationToken);
        var pages = charts.Select((c, i) => (PptxDeck.Page)new PptxDeck.ChartPage(text.Title(c, data.Standards), pngs[i].Bytes, c.Image.PixelWidth, c.Image.PixelHeight))
            .Prepend(new PptxDeck.TitlePage($"{titleIn(language)} — {data.ScopeName}", text.Subtitle(first, data), [])).ToList();
        var deck = PptxDeck.Build(language, pages);
        return new RenderedFile(deck, "application/vnd.openxmlformats-officedocument.presentationml.presentation", etag);
    }

    private static byte[] Zip(IReadOnlyList<ChartRequest> charts, IReadOnlyList<RenderedFile> pngs)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < charts.Count; i++)
            {
                // PNG is compressed already: storing it again costs time for nothing.
                var entry = zip.CreateEntry($"{i + 1:00}-{ChartImages.FileName(charts[i], "png")}", CompressionLevel.NoCompression);
                using var target = entry.Open();
                target.Write(pngs[i].Bytes);
            }
        }
        return stream.ToArray();
    }
}
