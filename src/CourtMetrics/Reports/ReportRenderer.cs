using CourtMetrics.Charts;
using CourtMetrics.Metrics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CourtMetrics.Reports;

/// <summary>A rendered report: the file, its name, and what its mail says of it.</summary>
public sealed record RenderedReport(byte[] Bytes, string ContentType, string FileName, string ViewName, string ScopeName,
    DateOnly From, DateOnly To, DateTimeOffset? DataAsOf);

/// <summary>
/// Renders a schedule's view as a file, each format in this one place: PPTX is the view's chart pack (the deck the
/// chart routes serve, slide for slide); PDF is the view as the chart routes' vector PDF (Charts/ViewPdf).
/// </summary>
public sealed class ReportRenderer(ChartDefinitions definitions, MetricCatalogue catalogue, ChartPacks packs, ChartDataReader reader,
    ChartImageCache cache, ViewPdf pdf, IOptions<ChartsOptions> options, TimeProvider clock)
{
    public bool Renders(ReportFormat format) => format is ReportFormat.Pptx or ReportFormat.Pdf;

    public async Task<RenderedReport> RenderAsync(ReportSchedule schedule, CancellationToken cancellationToken)
    {
        var format = Enum.Parse<ReportFormat>(schedule.Format, ignoreCase: true);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (from, to, granularity) = ReportPeriods.Of(schedule.Period, today);
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["scope"] = schedule.Scope, ["from"] = from.ToString("yyyy-MM-dd"), ["to"] = to.ToString("yyyy-MM-dd"),
            ["granularity"] = granularity, ["lang"] = schedule.Language, ["width"] = "1600", ["height"] = "900", ["theme"] = "light",
        });
        var requests = new List<ChartRequest>();
        foreach (var chart in definitions.Views[schedule.View].Charts.Take(options.Value.MaxChartsPerPack))
        {
            if (!ChartRequest.TryParse(query, chart, catalogue, today, out var request, out var error))
                throw new InvalidOperationException($"Report {schedule.Id} cannot be drawn: {error}");
            requests.Add(request);
        }
        var stamp = await cache.StampAsync();
        var data = await reader.ReadAsync(requests[0], stamp, cancellationToken);
        var viewName = definitions.Label(schedule.View, schedule.Language);
        var fileName = $"{schedule.View}_{schedule.Scope.Replace(':', '-')}_{to:yyyy-MM-dd}";
        switch (format)
        {
            case ReportFormat.Pptx:
                var key = $"pptx|report-{schedule.Id}|{string.Join('|', requests.Select(r => r.Key))}";
                var deck = await packs.BuildAsync(language => definitions.Label(schedule.View, language), requests, "pptx", key, stamp, cancellationToken);
                return new RenderedReport(deck.Bytes, deck.ContentType, fileName + ".pptx", viewName, data.ScopeName, from, to, stamp.AsOf);
            case ReportFormat.Pdf:
                var document = await pdf.RenderAsync(schedule.View, schedule.Scope, from, to, granularity, schedule.Language, cancellationToken);
                return new RenderedReport(document, ViewPdf.ContentType, fileName + ".pdf", viewName, data.ScopeName, from, to, stamp.AsOf);
            default:
                throw new NotSupportedException($"Reports as {schedule.Format} are not available.");
        }
    }
}
