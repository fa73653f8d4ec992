using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Metrics;
using CourtMetrics.Security;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Targets;

/// <summary>Targets (administrators set them), the targets in force in a scope, and the alerts raised when one is crossed.</summary>
public static class TargetsEndpoints
{
    public const int MaxTargets = 2000;
    public const int MaxAlertsListed = 200;

    public static void MapTargets(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Targets and alerts");
        api.MapGet("/targets", ListAsync)
            .WithName("GetTargets")
            .WithSummary("Administrators' targets (court and category optional); measures without one use the catalogue's default target.");
        api.MapEffectiveTargets();
        api.MapPut("/targets", SetAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("SetTarget")
            .WithSummary("Sets the target of a measure for every scope, one court, and/or one category (administrators). Crossing it raises an alert.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/targets/{id:int}", DeleteAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("DeleteTarget").WithSummary("Removes a target (administrators).");
        api.MapGet("/alerts", AlertsAsync)
            .WithName("GetAlerts")
            .WithSummary($"The newest alerts (targets crossed) of the scopes the user may see, newest first; limit 1–{MaxAlertsListed}, default 50.");
    }

    private static async Task<Ok<IReadOnlyList<MeasureTarget>>> ListAsync(TargetStore targets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await targets.ListAsync(cancellationToken));

    private static async Task<Results<Ok<MeasureTarget>, ValidationProblem>> SetAsync(TargetRequest request, ClaimsPrincipal user,
        TargetStore targets, MetricCatalogue catalogue, TargetWatch watch, MarksGeneration marks, HttpContext http, CancellationToken cancellationToken)
    {
        var metric = request.Metric is null ? null : catalogue.Find(request.Metric);
        if (metric is null) return Refusal(http, "metric", "notAMeasure", request.Metric);
        if (metric.Direction == "neutral")
            return Refusal(http, "metric", "targetNeutral", metric.Id);
        if (request.Target is not { } target || !double.IsFinite(target) || target < 0 || target > (metric.Unit == "ratio" ? 10 : 1e12))
            return Refusal(http, "target", metric.Unit == "ratio" ? "targetRatio" : "targetNumber", 1e12);

        var known = await targets.CheckAsync(request.CourtId, request.Category, cancellationToken);
        if (!known.CourtExists) return Refusal(http, "courtId", "noCourtId", request.CourtId);
        if (request.Category is not null && known.CategoryId is null)
            return Refusal(http, "category", "noCategory", request.Category);
        if (known.Targets >= MaxTargets) return Refusal(http, "metric", "targetsCap", MaxTargets);

        var id = await targets.SetAsync(metric.Id, request.CourtId, known.CategoryId, target, user.Identity!.Name!, cancellationToken);
        marks.Bump();
        await watch.EvaluateAsync(cancellationToken);
        return TypedResults.Ok((await targets.ListAsync(cancellationToken)).Single(t => t.Id == id));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, TargetStore targets, MarksGeneration marks, HttpContext http)
    {
        if (!await targets.DeleteAsync(id)) return ProblemAnswers.NotFound(Messages.Say(http, "noTarget", id));
        marks.Bump();
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<Alert>>> AlertsAsync(int? limit, ClaimsPrincipal user, ScopeAccess access, TargetStore targets) =>
        TypedResults.Ok(await targets.AlertsAsync(access.Of(user), Math.Clamp(limit ?? 50, 1, MaxAlertsListed)));

    private static ValidationProblem Refusal(HttpContext http, string field, string key, params object?[] args) =>
        ProblemAnswers.FieldRefused("Invalid target", field, Messages.Say(http, key, args));
}
