using CourtMetrics.Metrics;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Charts;

/// <summary>
/// A dashboard view's charts as requests, each with the same data and image parameters, at most
/// Charts:MaxChartsPerPack of them: the one walk behind every file of a whole view (ZIP, PPTX, PDF).
/// </summary>
public sealed class ViewCharts(ChartDefinitions definitions, MetricCatalogue catalogue, IOptions<ChartsOptions> options, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The view's requests; a view that does not exist is a 404, a bad parameter a 400 naming it.</summary>
    public bool TryParse(string view, IQueryCollection query, out IReadOnlyList<ChartRequest> requests, out string error, out int status)
    {
        (requests, status) = ([], StatusCodes.Status404NotFound);
        if (!definitions.Views.TryGetValue(view, out var definition))
            return ImageOptions.Fail($"view '{ImageOptions.Truncate(view)}' is not one of {string.Join(", ", definitions.Views.Keys)}", out error);
        status = StatusCodes.Status400BadRequest;
        var parsed = new List<ChartRequest>();
        foreach (var chart in definition.Charts.Take(options.Value.MaxChartsPerPack))
        {
            if (!ChartRequest.TryParse(query, chart, catalogue, Today, out var request, out error)) return false;
            parsed.Add(request);
        }
        (requests, error) = (parsed, "");
        return true;
    }

    /// <summary>The view's name in a language, as a deck's title page and a PDF's footer show it.</summary>
    public string Label(string view, string language) => definitions.Label(view, language);
}
