namespace CourtMetrics.Metrics;

public static class MetricsSetup
{
    public static void AddMeasures(this IServiceCollection services)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Metrics", "Catalogue");
        services.AddSingleton(MetricCatalogue.Load(directory));
        services.AddSingleton<MeasureReader>();
        services.AddSingleton<MeasureCache>();
        services.AddSingleton<CourtRankings>();
    }
}
