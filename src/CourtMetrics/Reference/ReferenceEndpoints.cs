using System.Security.Claims;
using CourtMetrics.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Reference;

/// <summary>The court system's structure, for pickers and drill-down.</summary>
public static class ReferenceEndpoints
{
    public static void AddReference(this IServiceCollection services) => services.AddSingleton<CourtSystemReader>();

    public static void MapReference(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Court system");
        api.MapGet("/regions", RegionsAsync).WithName("GetRegions")
            .WithSummary("Regions of the court system (for a viewer, those of its scopes).");
        api.MapGet("/courts", CourtsAsync).WithName("GetCourts")
            .WithSummary("Courts with their level and region (for a viewer, those of its scopes and those inside its regions).");
        api.MapGet("/categories", CategoriesAsync).WithName("GetCategories")
            .WithSummary("Case categories.");
        api.MapGet("/time-standards", TimeStandardsAsync).WithName("GetTimeStandards")
            .WithSummary("Each category's time standards (Model Time Standards style): tier, days, target share resolved within them.");
    }

    private static async Task<Ok<IReadOnlyList<RegionInfo>>> RegionsAsync(ClaimsPrincipal user, ScopeAccess access, CourtSystemReader courtSystem) =>
        TypedResults.Ok(await courtSystem.RegionsAsync(access.Of(user)));

    private static async Task<Ok<IReadOnlyList<CourtInfo>>> CourtsAsync(ClaimsPrincipal user, ScopeAccess access, CourtSystemReader courtSystem) =>
        TypedResults.Ok(await courtSystem.CourtsAsync(access.Of(user)));

    private static async Task<Ok<IReadOnlyList<CategoryInfo>>> CategoriesAsync(CourtSystemReader courtSystem) =>
        TypedResults.Ok(await courtSystem.CategoriesAsync());

    private static async Task<Ok<IReadOnlyList<TimeStandardInfo>>> TimeStandardsAsync(CourtSystemReader courtSystem) =>
        TypedResults.Ok(await courtSystem.TimeStandardsAsync());
}
