using CourtMetrics.Site;
using CourtMetrics.Scopes;
using CourtMetrics.Metrics;

namespace CourtMetrics.Charts;

/// <summary>
/// Serves chart files for the chart routes (ChartsEndpoints) and, through ServeAsync, the playlists' decks: reads and checks the request (a
/// bad one is a 400 naming the parameter), answers 304 when the browser's copy is of the current data, else the cached
/// or newly rendered file with its ETag.
/// </summary>
public sealed class ChartServer(ChartDefinitions definitions, MetricCatalogue catalogue, ChartImages images, ChartPacks packs,
    ChartImageCache cache, ViewCharts views)
{
    private DateOnly Today => views.Today;

    public async Task<IResult> ChartAsync(string format, (string View, int Number)? fromView, HttpContext http)
    {
        if (!ChartImages.Formats.Contains(format)) return Problem($"format '{ImageOptions.Truncate(format)}' is not png, svg, csv or xlsx", 404);
        ChartSpec chart;
        if (fromView is var (view, number))
        {
            if (!definitions.Views.TryGetValue(view, out var definition)) return Problem($"view '{ImageOptions.Truncate(view)}' is not one of {string.Join(", ", definitions.Views.Keys)}", 404);
            if (number < 1 || number > definition.Charts.Count) return Problem($"view {view} has charts 1 to {definition.Charts.Count}, not {number}", 404);
            chart = definition.Charts[number - 1];
        }
        else if (!ChartRequest.TryParseChart(http.Request.Query, definitions, catalogue, out chart, out var chartError)) return Problem(chartError);
        if (!ChartRequest.TryParse(http.Request.Query, chart, catalogue, Today, out var request, out var error)) return Problem(error);
        return await ServeAsync(http, ChartImages.KeyOf(request, format), ChartImages.FileName(request, format),
            stamp => images.GetAsync(request, format, stamp, http.RequestAborted));
    }

    public async Task<IResult> PackAsync(string view, string format, HttpContext http)
    {
        if (!ChartPacks.Formats.Contains(format)) return Problem($"format '{ImageOptions.Truncate(format)}' is not zip, pptx or pdf", 404);
        if (!views.TryParse(view, http.Request.Query, out var requests, out var error, out var status)) return Problem(error, status);
        return await PackAsync(view, language => views.Label(view, language), requests, format, http);
    }

    /// <summary>A view's charts already parsed, named by its subject, served with its ETag.</summary>
    private async Task<IResult> PackAsync(string subject, Func<string, string> titleIn, IReadOnlyList<ChartRequest> requests,
        string format, HttpContext http)
    {
        var key = $"{format}|{subject}|{string.Join('|', requests.Select(r => r.Key))}";
        return await ServeAsync(http, key, $"{subject}_{requests[0].Query.ScopeText.Replace(':', '-').Replace(',', '-')}.{format}",
            stamp => packs.BuildAsync(titleIn, requests, format, key, stamp, http.RequestAborted));
    }

    /// <summary>The first image of the product, kept for its links: the clearance-rate chart over a fixed window.</summary>
    public Task<IResult> ClearanceRateAsync(string format, HttpContext http)
    {
        var query = http.Request.Query.ToDictionary(p => p.Key, p => p.Value);
        var day = query.GetValueOrDefault("granularity").ToString() == "day";
        query["measures"] = "clearance_rate";
        query["from"] = (day ? Today.AddDays(-59) : new DateOnly(Today.Year, Today.Month, 1).AddMonths(-35)).ToString("yyyy-MM-dd");
        query["to"] = Today.ToString("yyyy-MM-dd");
        http.Request.Query = new QueryCollection(query);
        return ChartAsync(format, null, http);
    }

    /// <summary>A file made of the current data (a chart, a pack, a deck): 304 when the browser has it, else rendered, with its ETag.</summary>
    public async Task<IResult> ServeAsync(HttpContext http, string key, string fileName, Func<DataStamp, Task<RenderedFile>> render)
    {
        try
        {
            var stamp = await cache.StampAsync();
            var etag = ChartImageCache.ETagOf(key, stamp);
            // Always revalidate: the same URL shows new numbers after a data change.
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',')).Any(v => v.Trim() is var t && (t == etag || t == "*")))
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            var file = await render(stamp);
            http.Response.Headers.ETag = file.ETag;
            return TypedResults.File(file.Bytes, file.ContentType, fileName);
        }
        catch (NotInCourtSystemException e)
        {
            return Problem(e.Message, 404);
        }
    }

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        ProblemAnswers.Refused(status, "Invalid chart request", detail);
}
