using CourtMetrics.Accounts;
using CourtMetrics.Reference;
using CourtMetrics.Scopes;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Targets;

/// <summary>
/// The targets in force where the page looks: those of a scope (tiles, charts, the court page) and those of every
/// court of a ranking. The page applies no rule of its own; an unknown court, region or category is a 404.
/// </summary>
public static class EffectiveTargetsEndpoints
{
    public static void MapEffectiveTargets(this RouteGroupBuilder api)
    {
        api.MapGet("/targets/effective", OfScopeAsync)
            .RequireScopeAccess()
            .WithName("GetEffectiveTargets")
            .WithSummary("The target that applies to each measure in a scope and category, { measureId: target }: the most specific " +
                         "administrator's target (court and category, court, category, every scope), else the category's time standard " +
                         "for within_standard_N, else the catalogue's default. Regions and the nation use the targets set for no court.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/targets/effective/courts", OfCourtsAsync)
            .RequireRegionAccess()
            .WithName("GetEffectiveCourtTargets")
            .WithSummary("The targets that apply to each court (of a region, or all) in a category, { courtId: { measureId: target } }, " +
                         "by the same rule as /api/targets/effective: what a ranking colours its cells by.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyDictionary<string, double>>, ProblemHttpResult>> OfScopeAsync(string? scope,
        string? category, CourtSystemReader courtSystem, EffectiveTargets targets, CancellationToken cancellationToken)
    {
        if (!Scope.TryParse(scope, out var parsed))
            return ProblemAnswers.BadRequest("Invalid scope", $"scope '{scope}' is not nation, region:<id> or court:<id>");
        if (await UnknownAsync(courtSystem, parsed, category) is { } unknown) return unknown;
        return TypedResults.Ok(await targets.OfAsync(parsed.CourtId, category, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyDictionary<int, Dictionary<string, double>>>, ProblemHttpResult>> OfCourtsAsync(
        short? region, string? category, CourtSystemReader courtSystem, EffectiveTargets targets, CancellationToken cancellationToken)
    {
        var scope = region is { } r ? new Scope(ScopeKind.Region, r) : Scope.Nation;
        if (await UnknownAsync(courtSystem, scope, category) is { } unknown) return unknown;
        return TypedResults.Ok(await targets.OfCourtsAsync(await courtSystem.CourtIdsAsync(region), category, cancellationToken));
    }

    private static async Task<ProblemHttpResult?> UnknownAsync(CourtSystemReader courtSystem, Scope scope, string? category)
    {
        if (!await courtSystem.ExistsAsync(scope))
            return ProblemAnswers.NotFound($"There is no {(scope.Kind == ScopeKind.Court ? "court" : "region")} {scope.Id}.", "Unknown scope");
        if (category is not null && !await courtSystem.CategoryExistsAsync(category))
            return ProblemAnswers.NotFound($"There is no case category '{category}'.", "Unknown category");
        return null;
    }
}
