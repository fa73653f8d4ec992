using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.YearlyStatistics;

/// <summary>The yearly statistics of units without case-level data (peer courts, countries, sections), for comparisons.</summary>
public static class YearlyStatisticsEndpoints
{
    private const string Refusal = "Invalid yearly-statistics request";

    public static void AddYearlyStatistics(this IServiceCollection services) => services.AddSingleton<YearlyStatisticsReader>();

    public static void MapYearlyStatistics(this WebApplication app)
    {
        var api = app.MapGroup("/api/yearly-statistics").WithTags("Yearly statistics");
        api.MapGet("/units", UnitsAsync)
            .WithName("GetStatisticsUnits")
            .WithSummary("Units with imported yearly statistics (peer courts, countries, sections) and the years they cover.");
        api.MapGet("", SeriesAsync)
            .WithName("GetYearlyStatistics")
            .WithSummary("One unit's yearly figures and measures (catalogue family yearly-statistics), one period per year.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<StatisticsUnit>>> UnitsAsync(YearlyStatisticsReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.UnitsAsync(null, cancellationToken));

    private static async Task<Results<Ok<UnitSeries>, ProblemHttpResult>> SeriesAsync(string? unit, int? from, int? to,
        YearlyStatisticsReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(unit)) return ProblemAnswers.BadRequest(Refusal, "unit is required: a statistics unit's code");
        var toYear = to ?? clock.GetUtcNow().Year;
        var fromYear = from ?? 1900;
        if (fromYear is < 1900 or > 2200 || toYear is < 1900 or > 2200 || fromYear > toYear)
            return ProblemAnswers.BadRequest(Refusal, $"years from {fromYear} to {toYear} are not a range between 1900 and 2200");
        return await reader.ReadAsync(unit, fromYear, toYear, cancellationToken) is { } series
            ? TypedResults.Ok(series)
            : ProblemAnswers.NotFound($"There is no statistics unit '{unit}'.", Refusal);
    }
}
