using CourtMetrics.Site;
using CourtMetrics.Scopes;
using CourtMetrics.Accounts;
using CourtMetrics.Database;
using Npgsql;


namespace CourtMetrics.Metrics;

public static class MetricsSetup
{
    public static void AddMeasures(this IServiceCollection services)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Metrics", "Catalogue");
        services.AddSingleton(MetricCatalogue.Load(directory));
        services.AddSingleton<MeasureReader>();
        services.AddSingleton<MeasureCache>();
    }

    public static void MapMeasures(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Measures");
        api.MapGet("/metrics", (MetricCatalogue catalogue) => catalogue.All)
            .WithName("GetMetricCatalogue")
            .WithSummary("The metric catalogue: every measure with its unit, direction, target, standard, formula and names in en/kk/ru.");

        api.MapGet("/measures", async (string? family, string? scope, string? category, string? granularity,
                string? from, string? to, MetricCatalogue catalogue, MeasureCache measures, TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (!MeasureQuery.TryParse(catalogue, family, scope, category, granularity, from, to, today, out var query, out var error))
                    return Problem(error);
                try
                {
                    return Results.Ok(await measures.GetAsync(query, cancellationToken));
                }
                catch (NotInCourtSystemException e)
                {
                    return Problem(e.Message, StatusCodes.Status404NotFound);
                }
            })
            .RequireScopeAccess()
            .WithName("GetMeasures")
            .WithSummary("A family's measures for any scope (nation, region:<id>, court:<id>, courts:<id>,<id>,…), one category or all, by day, month, quarter, year or one custom range.")
            .Produces<MeasureSeries>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/ranking", RankingAsync)
            .RequireRegionAccess()
            .WithName("GetCourtRanking")
            .WithSummary("Every measure of a family for each court (of one region, or all) over one period (from, to), for the ranking table.")
            .Produces<CourtRanking>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RankingAsync(string? family, string? region, string? category, string? from, string? to,
        MetricCatalogue catalogue, MeasureCache cache, MeasureReader reader, NpgsqlDataSource db, SqlFiles sql, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scope = string.IsNullOrEmpty(region) ? "nation" : $"region:{region}";
        if (!MeasureQuery.TryParse(catalogue, family, scope, category, "range", from, to, today, out var query, out var error))
            return Problem(error);
        var ranking = new RankingQuery(query.Family, query.RegionId, query.Category, query.From, query.To);
        try
        {
            return Results.Ok(await cache.GetRankingAsync(ranking, () => CourtRanking.ReadAsync(ranking, db, sql, reader), cancellationToken));
        }
        catch (NotInCourtSystemException e)
        {
            return Problem(e.Message, StatusCodes.Status404NotFound);
        }
    }

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        ProblemAnswers.Refused(status, "Invalid measures request", detail);
}
