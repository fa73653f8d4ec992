namespace CourtMetrics.Ingest;

public static class IngestSetup
{
    public static void AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection("Ingest")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CsvImport>();
        services.AddSingleton<ImportRuns>();
    }

    /// <summary>The administrators' CSV uploads.</summary>
    public static void MapIngest(this WebApplication app) => app.MapImportEndpoints();
}
