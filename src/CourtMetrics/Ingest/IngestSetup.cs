using CourtMetrics.Site;
using CourtMetrics.YearlyStatistics;

namespace CourtMetrics.Ingest;

public static class IngestSetup
{
    public static void AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection("Ingest")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CsvImport>();
        services.AddSingleton<ImportRuns>();
        services.AddSingleton<YearlyStatisticsReader>();
    }

    /// <summary>The administrators' CSV uploads (ImportUploads), and the yearly statistics of units without case-level data.</summary>
    public static void MapIngest(this WebApplication app)
    {
        app.MapImportUploads();
        var api = app.MapGroup("/api/yearly-statistics").WithTags("Yearly statistics");
        api.MapGet("/units", (YearlyStatisticsReader reader, CancellationToken cancellationToken) => reader.UnitsAsync(null, cancellationToken))
            .WithName("GetStatisticsUnits")
            .WithSummary("Units with imported yearly statistics (peer courts, countries, sections) and the years they cover.");

        api.MapGet("", async (string? unit, int? from, int? to, YearlyStatisticsReader reader, TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(unit)) return Problem("unit is required: a statistics unit's code");
                var toYear = to ?? clock.GetUtcNow().Year;
                var fromYear = from ?? 1900;
                if (fromYear is < 1900 or > 2200 || toYear is < 1900 or > 2200 || fromYear > toYear)
                    return Problem($"years from {fromYear} to {toYear} are not a range between 1900 and 2200");
                var series = await reader.ReadAsync(unit, fromYear, toYear, cancellationToken);
                return series is null
                    ? Problem($"There is no statistics unit '{unit}'.", StatusCodes.Status404NotFound)
                    : Results.Ok(series);
            })
            .WithName("GetYearlyStatistics")
            .WithSummary("One unit's yearly figures and measures (catalogue family yearly-statistics), one period per year.")
            .Produces<UnitSeries>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        ProblemAnswers.Refused(status, "Invalid yearly-statistics request", detail);
}
