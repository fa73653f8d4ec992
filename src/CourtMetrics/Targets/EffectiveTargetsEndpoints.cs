using CourtMetrics.Site;
using CourtMetrics.Accounts;
using CourtMetrics.Scopes;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Targets;

/// <summary>
/// The targets in force where the page looks: those of a scope (tiles, charts, the court page) and those of every
/// court of a ranking. The page applies no rule of its own; an unknown court, region or category is a 404.
/// </summary>
public static class EffectiveTargetsEndpoints
{
    public static void MapEffectiveTargets(this RouteGroupBuilder api)
    {
        api.MapGet("/targets/effective", async (string? scope, string? category, NpgsqlDataSource db, SqlFiles sql,
                EffectiveTargets targets, CancellationToken cancellationToken) =>
            {
                if (!Scope.TryParse(scope, out var parsed))
                    return ProblemAnswers.BadRequest("Invalid scope", $"scope '{scope}' is not nation, region:<id> or court:<id>");
                if (await UnknownAsync(db, sql, parsed.CourtId, parsed.RegionId, category) is { } unknown) return unknown;
                return Results.Ok(await targets.OfAsync(parsed.CourtId, category, cancellationToken));
            })
            .RequireScopeAccess()
            .WithName("GetEffectiveTargets")
            .WithSummary("The target that applies to each measure in a scope and category, { measureId: target }: the most specific " +
                         "administrator's target (court and category, court, category, every scope), else the category's time standard " +
                         "for within_standard_N, else the catalogue's default. Regions and the nation use the targets set for no court.")
            .Produces<Dictionary<string, double>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/targets/effective/courts", async (short? region, string? category, NpgsqlDataSource db, SqlFiles sql,
                EffectiveTargets targets, CancellationToken cancellationToken) =>
            {
                if (await UnknownAsync(db, sql, null, region, category) is { } unknown) return unknown;
                await using var connection = await db.OpenConnectionAsync(cancellationToken);
                var courts = (await connection.QueryAsync<int>(sql["reference/courts-of-region"], new { RegionId = region })).ToArray();
                return Results.Ok(await targets.OfCourtsAsync(courts, category, cancellationToken));
            })
            .RequireRegionAccess()
            .WithName("GetEffectiveCourtTargets")
            .WithSummary("The targets that apply to each court (of a region, or all) in a category, { courtId: { measureId: target } }, " +
                         "by the same rule as /api/targets/effective: what a ranking colours its cells by.")
            .Produces<Dictionary<int, Dictionary<string, double>>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult?> UnknownAsync(NpgsqlDataSource db, SqlFiles sql, int? courtId, int? regionId, string? category)
    {
        await using var connection = await db.OpenConnectionAsync();
        if ((courtId ?? regionId) is not null
            && await connection.QuerySingleOrDefaultAsync<string?>(sql["reference/scope-name"], new { CourtId = courtId, RegionId = (short?)regionId }) is null)
            return ProblemAnswers.NotFound($"There is no {(courtId is null ? "region" : "court")} {courtId ?? regionId}.", "Unknown scope");
        if (category is not null
            && (await connection.QuerySingleAsync<(bool CourtExists, short? CategoryId, long Targets)>(sql["targets/check"], new { CourtId = (int?)null, Category = category })).CategoryId is null)
            return ProblemAnswers.NotFound($"There is no case category '{category}'.", "Unknown category");
        return null;
    }
}
