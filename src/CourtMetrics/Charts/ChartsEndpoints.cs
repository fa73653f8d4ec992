using CourtMetrics.Accounts;
using CourtMetrics.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using CourtMetrics.Security;

namespace CourtMetrics.Charts;

/// <summary>Chart images and their numbers: any chart, a view's chart, a view's pack (ZIP, PPTX, PDF); served by ChartServer.</summary>
public static class ChartsEndpoints
{
    private const string Parameters = "scope, category, granularity, from, to as /api/measures; width and height 200–4096 px, " +
                                      "scale 0.5–4 (at most 4096 px each side), lang en|kk|ru, theme light|dark; csv=comma|semicolon overrides the CSV's separators of lang";

    public static void MapCharts(this WebApplication app)
    {
        app.Services.GetRequiredService<ChartDefinitions>(); // read and checked at start, not at the first image
        // Every chart route reads the scope parameter: a scope the user may not see is refused before anything is drawn.
        var api = app.MapGroup("/api/charts").WithTags("Charts").RequireRateLimiting(RateLimits.Charts).RequireScopeAccess();
        api.MapGet("/chart.{format}", ChartAsync)
            .WithName("GetChart").Documented()
            .WithSummary($"Any chart as png, svg, csv or xlsx: measures=<id>,<id>&type=line|bar|area|band|stacked&title=<label>; {Parameters}.");
        api.MapGet("/views/{view}/{number:int}.{format}", ViewChartAsync)
            .WithName("GetViewChart").Documented()
            .WithSummary($"The number-th chart (from 1) of a dashboard view as png, svg, csv or xlsx; {Parameters}.");
        api.MapGet("/views/{view}.{format}", ViewChartsAsync)
            .WithName("GetViewCharts").Documented()
            .WithSummary($"Every chart of a view: zip (one PNG per chart), pptx (a title slide and one slide per chart) or pdf (one vector A4 page per chart); {Parameters}.");
        api.MapGet("/clearance-rate.{format}", ClearanceRateAsync)
            .WithName("GetClearanceRateChart").Documented()
            .WithSummary("The clearance rate of a scope, the last 36 months (granularity=month) or 60 days (granularity=day).");

        // The page names measures as the images do: what depends on the court system comes from the one rule here.
        app.MapGroup("/api/measure-names").WithTags("Charts").MapGet("", MeasureNamesAsync).WithName("GetMeasureNames")
            .WithSummary("The names of a share within a time standard by its standard, as the chart images and slides write them: " +
                         "each tier for all categories (category null) and for each category, in en, kk and ru.");
    }

    private static async Task<Ok<IReadOnlyList<StandardName>>> MeasureNamesAsync(CourtSystemReader courtSystem, ChartDefinitions definitions) =>
        TypedResults.Ok(new TimeStandards(await courtSystem.TimeStandardsAsync()).All(definitions));

    private static Task<IResult> ChartAsync(string format, HttpContext http, ChartServer charts) => charts.ChartAsync(format, null, http);

    private static Task<IResult> ViewChartAsync(string view, int number, string format, HttpContext http, ChartServer charts) =>
        charts.ChartAsync(format, (view, number), http);

    private static Task<IResult> ViewChartsAsync(string view, string format, HttpContext http, ChartServer charts) =>
        charts.PackAsync(view, format, http);

    private static Task<IResult> ClearanceRateAsync(string format, HttpContext http, ChartServer charts) => charts.ClearanceRateAsync(format, http);

    private static RouteHandlerBuilder Documented(this RouteHandlerBuilder route) => route
        .Produces(StatusCodes.Status200OK, contentType: "image/png")
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
