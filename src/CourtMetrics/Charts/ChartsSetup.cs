using CourtMetrics.Accounts;
using CourtMetrics.Metrics;
using CourtMetrics.Security;
using ScottPlot;

namespace CourtMetrics.Charts;

public static class ChartsSetup
{
    public static void AddCharts(this IServiceCollection services, IConfiguration configuration)
    {
        // DejaVu Sans covers Latin, Kazakh and Russian Cyrillic; the default resolves to a serif face.
        Fonts.Default = ChartFonts.Family;
        services.AddOptions<ChartsOptions>().Bind(configuration.GetSection("Charts")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => ChartDefinitions.Load(
            ChartDefinitions.PathIn(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath), sp.GetRequiredService<MetricCatalogue>()));
        services.AddSingleton<ChartText>();
        services.AddSingleton<ChartRenderer>();
        services.AddSingleton<ChartDataReader>();
        services.AddSingleton<ChartImageCache>();
        services.AddSingleton<ChartImages>();
        services.AddSingleton<ChartPacks>();
        services.AddSingleton<ChartEndpoints>();
    }

    public static void MapCharts(this WebApplication app)
    {
        app.Services.GetRequiredService<ChartDefinitions>(); // read and checked at start, not at the first image
        // Every chart route reads the scope parameter: a scope the user may not see is refused before anything is drawn.
        var api = app.MapGroup("/api/charts").WithTags("Charts").RequireRateLimiting(RateLimits.Charts).RequireScopeAccess();
        const string parameters = "scope, category, granularity, from, to as /api/measures; width and height 200–4096 px, " +
                                  "scale 0.5–4 (at most 4096 px each side), lang en|kk|ru, theme light|dark";
        api.MapGet("/chart.{format}", (string format, HttpContext http, ChartEndpoints endpoints) => endpoints.ChartAsync(format, null, http))
            .WithName("GetChart")
            .Documented()
            .WithSummary($"Any chart as png, svg or csv: measures=<id>,<id>&type=line|bar|area|band|stacked&title=<label>; {parameters}.");
        api.MapGet("/views/{view}/{number:int}.{format}", (string view, int number, string format, HttpContext http, ChartEndpoints endpoints) =>
                endpoints.ChartAsync(format, (view, number), http))
            .WithName("GetViewChart")
            .Documented()
            .WithSummary($"The number-th chart (from 1) of a dashboard view as png, svg or csv; {parameters}.");
        api.MapGet("/views/{view}.{format}", (string view, string format, HttpContext http, ChartEndpoints endpoints) =>
                endpoints.PackAsync(view, format, http))
            .WithName("GetViewCharts")
            .Documented()
            .WithSummary($"Every chart of a view: zip (one PNG per chart) or pptx (a title slide and one slide per chart); {parameters}.");
        api.MapGet("/clearance-rate.{format}", (string format, HttpContext http, ChartEndpoints endpoints) => endpoints.ClearanceRateAsync(format, http))
            .WithName("GetClearanceRateChart")
            .Documented()
            .WithSummary("The clearance rate of a scope, the last 36 months (granularity=month) or 60 days (granularity=day).");
    }

    private static RouteHandlerBuilder Documented(this RouteHandlerBuilder route) => route
        .Produces(StatusCodes.Status200OK, contentType: "image/png")
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
