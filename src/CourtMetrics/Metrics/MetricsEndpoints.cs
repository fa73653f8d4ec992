using CourtMetrics.Accounts;
using CourtMetrics.Scopes;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Metrics;

/// <summary>The metric catalogue, any family's measures, and the court ranking.</summary>
public static class MetricsEndpoints
{
    private const string Refusal = "Invalid measures request";

    /// <summary>The query of /api/measures (the hub's SubscribeMeasures takes the same).</summary>
    public sealed record MeasuresParameters(string? Family, string? Scope, string? Category, string? Granularity, string? From, string? To);

    /// <summary>The query of /api/ranking: a region (or the nation without one) and one period.</summary>
    public sealed record RankingParameters(string? Family, string? Region, string? Category, string? From, string? To);

    public static void MapMeasures(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Measures");
        api.MapGet("/metrics", GetCatalogue)
            .WithName("GetMetricCatalogue")
            .WithSummary("The metric catalogue: every measure with its unit, direction, target, standard, formula and names in en/kk/ru.");
        api.MapGet("/measures", GetMeasuresAsync)
            .RequireScopeAccess()
            .WithName("GetMeasures")
            .WithSummary("A family's measures for any scope (nation, region:<id>, court:<id>, courts:<id>,<id>,…), one category or all, by day, month, quarter, year or one custom range.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/ranking", GetRankingAsync)
            .RequireRegionAccess()
            .WithName("GetCourtRanking")
            .WithSummary("Every measure of a family for each court (of one region, or all) over one period (from, to), for the ranking table.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Ok<IReadOnlyList<MetricDefinition>> GetCatalogue(MetricCatalogue catalogue) => TypedResults.Ok(catalogue.All);

    private static async Task<Results<Ok<MeasureSeries>, ProblemHttpResult>> GetMeasuresAsync([AsParameters] MeasuresParameters p,
        MetricCatalogue catalogue, MeasureCache measures, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!MeasureQuery.TryParse(catalogue, p.Family, p.Scope, p.Category, p.Granularity, p.From, p.To, Today(clock), out var query, out var error))
            return ProblemAnswers.BadRequest(Refusal, error);
        try
        {
            return TypedResults.Ok(await measures.GetAsync(query, cancellationToken));
        }
        catch (NotInCourtSystemException e)
        {
            return ProblemAnswers.NotFound(e.Message, Refusal);
        }
    }

    private static async Task<Results<Ok<CourtRanking>, ProblemHttpResult>> GetRankingAsync([AsParameters] RankingParameters p,
        MetricCatalogue catalogue, CourtRankings rankings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = string.IsNullOrEmpty(p.Region) ? "nation" : $"region:{p.Region}";
        if (!MeasureQuery.TryParse(catalogue, p.Family, scope, p.Category, "range", p.From, p.To, Today(clock), out var query, out var error))
            return ProblemAnswers.BadRequest(Refusal, error);
        try
        {
            return TypedResults.Ok(await rankings.GetAsync(new RankingQuery(query.Family, query.RegionId, query.Category, query.From, query.To), cancellationToken));
        }
        catch (NotInCourtSystemException e)
        {
            return ProblemAnswers.NotFound(e.Message, Refusal);
        }
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
