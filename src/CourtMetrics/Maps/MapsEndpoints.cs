using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Metrics;
using CourtMetrics.Reference;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Maps;

/// <summary>The regions' map: their shapes (a reference read, like /api/regions) and one measure of every region against its target.</summary>
public static class MapsEndpoints
{
    private const string Refusal = "Invalid map request";

    /// <summary>The query of /api/maps/figures: a measure with a target, a category or all, one period.</summary>
    public sealed record FiguresParameters(string? Measure, string? Category, string? From, string? To);

    public static void AddRegionMaps(this IServiceCollection services)
    {
        services.AddSingleton<RegionMaps>();
        services.AddSingleton<RegionFigures>();
    }

    public static void MapRegionMaps(this WebApplication app)
    {
        var api = app.MapGroup("/api/maps").WithTags("Maps");
        api.MapGet("/regions", RegionsAsync)
            .WithName("GetRegionMap")
            .WithSummary("The regions' shapes, projected for drawing: kind outlines (every region has a GeoJSON outline) or tiles (a square " +
                         "at each region's cell), width and height in map units, and per region its id, code, SVG path and label point " +
                         "(for a viewer, the regions of its scopes).");
        // Every region is compared: the map is the nation's, and so is who may see it.
        api.MapGet("/figures", FiguresAsync)
            .RequireScopeAccess(_ => "nation")
            .WithName("GetRegionFigures")
            .WithSummary("One measure (with a better direction) of every region over one period (from, to) and a category or all: " +
                         "each region's value and class against the target in force — met, missed, noData or noTarget.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<MapLayout>> RegionsAsync(ClaimsPrincipal user, ScopeAccess access, RegionMaps maps,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await maps.OfAsync(access.Of(user), cancellationToken));

    private static async Task<Results<Ok<MapFigures>, ProblemHttpResult>> FiguresAsync([AsParameters] FiguresParameters p,
        MetricCatalogue catalogue, CourtSystemReader courtSystem, RegionMaps maps, RegionFigures figures, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var metric = p.Measure is null ? null : catalogue.Find(p.Measure);
        if (MapClasses.ProblemOf(metric, p.Measure) is { } problem) return ProblemAnswers.BadRequest(Refusal, problem);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!MeasureQuery.TryParse(catalogue, metric!.Family, "nation", p.Category, "range", p.From, p.To, today, out var query, out var error))
            return ProblemAnswers.BadRequest(Refusal, error);
        if (query.Category is { } category && !await courtSystem.CategoryExistsAsync(category))
            return ProblemAnswers.NotFound($"There is no case category '{category}'.", Refusal);
        var layout = await maps.OfAsync(AllowedScopes.All, cancellationToken);
        return TypedResults.Ok(await figures.ReadAsync(metric, query.Category, query.From, query.To,
            layout.Regions.Select(r => r.Id).ToList(), cancellationToken));
    }
}
