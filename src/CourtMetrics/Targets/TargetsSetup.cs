using CourtMetrics.Security;
using CourtMetrics.Site;
using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.Targets;

public static class TargetsSetup
{
    public const int MaxTargets = 2000;
    public const int MaxAlertsListed = 200;

    public static void AddTargets(this IServiceCollection services)
    {
        services.AddSingleton<TargetWatch>();
        services.AddSingleton<EffectiveTargets>();
        services.AddSingleton<MarksGeneration>();
    }

    public static void MapTargets(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Targets and alerts");
        api.MapGet("/targets", async (NpgsqlDataSource db, SqlFiles sql) =>
            {
                await using var connection = await db.OpenConnectionAsync();
                return await connection.QueryAsync<MeasureTarget>(sql["targets/list"]);
            })
            .WithName("GetTargets")
            .WithSummary("Administrators' targets (court and category optional); measures without one use the catalogue's default target.");
        api.MapEffectiveTargets();

        api.MapPut("/targets", SetAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("SetTarget")
            .WithSummary("Sets the target of a measure for every scope, one court, and/or one category (administrators). Crossing it raises an alert.")
            .Produces<MeasureTarget>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapDelete("/targets/{id:int}", async (int id, NpgsqlDataSource db, SqlFiles sql, MarksGeneration marks) =>
            {
                await using var connection = await db.OpenConnectionAsync();
                if (await connection.QuerySingleOrDefaultAsync<int?>(sql["targets/delete"], new { Id = id }) is null)
                    return ProblemAnswers.NotFound($"There is no target {id}.");
                marks.Bump();
                return Results.NoContent();
            })
            .RequireAuthorization(Administrators.Policy)
            .WithName("DeleteTarget").WithSummary("Removes a target (administrators).");

        api.MapGet("/alerts", async (int? limit, ClaimsPrincipal user, ScopeAccess access, NpgsqlDataSource db, SqlFiles sql) =>
            {
                var allowed = access.Of(user);
                await using var connection = await db.OpenConnectionAsync();
                return await connection.QueryAsync<Alert>(sql["targets/alerts"], new
                {
                    Ids = (long[]?)null, Limit = Math.Clamp(limit ?? 50, 1, MaxAlertsListed),
                    allowed.Everything, RegionIds = allowed.RegionIds.ToArray(), CourtIds = allowed.CourtIds.ToArray(),
                });
            })
            .WithName("GetAlerts")
            .WithSummary($"The newest alerts (targets crossed) of the scopes the user may see, newest first; limit 1–{MaxAlertsListed}, default 50.");
    }

    private static async Task<IResult> SetAsync(TargetRequest request, ClaimsPrincipal user, NpgsqlDataSource db,
        SqlFiles sql, MetricCatalogue catalogue, TargetWatch watch, MarksGeneration marks, CancellationToken cancellationToken)
    {
        var metric = request.Metric is null ? null : catalogue.Find(request.Metric);
        if (metric is null) return Refusal("metric", $"'{request.Metric}' is not a measure of the catalogue");
        if (metric.Direction == "neutral")
            return Refusal("metric", $"'{metric.Id}' has no better direction, so it has no target");
        if (request.Target is not { } target || !double.IsFinite(target) || target < 0 || target > (metric.Unit == "ratio" ? 10 : 1e12))
            return Refusal("target", metric.Unit == "ratio"
                ? "a ratio between 0 and 10 is required (0.9 = 90 %)"
                : "a number between 0 and 1,000,000,000,000 is required");

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var known = await connection.QuerySingleAsync<(bool CourtExists, short? CategoryId, long Targets)>(
            sql["targets/check"], new { request.CourtId, request.Category });
        if (!known.CourtExists) return Refusal("courtId", $"there is no court {request.CourtId}");
        if (request.Category is not null && known.CategoryId is null)
            return Refusal("category", $"there is no case category '{request.Category}'");
        if (known.Targets >= MaxTargets) return Refusal("metric", $"at most {MaxTargets} targets may be set");

        var id = await connection.QuerySingleAsync<int>(sql["targets/upsert"], new
        {
            Metric = metric.Id, request.CourtId, known.CategoryId, Target = target, UpdatedBy = user.Identity!.Name,
        });
        marks.Bump();
        await watch.EvaluateAsync(cancellationToken);
        var saved = (await connection.QueryAsync<MeasureTarget>(sql["targets/list"])).Single(t => t.Id == id);
        return Results.Ok(saved);
    }

    private static IResult Refusal(string field, string message) =>
        ProblemAnswers.FieldRefused("Invalid target", field, message);
}
