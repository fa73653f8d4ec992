using CourtMetrics.Accounts;
using CourtMetrics.Metrics;
using CourtMetrics.Security;
using ScottPlot;

namespace CourtMetrics.Charts;

public static class ChartsSetup
{
    public static void AddCharts(this IServiceCollection services, IConfiguration configuration)
    {
        // DejaVu Sans covers Latin, Kazakh and Russian Cyrillic; the default resolves to a serif face.
        Fonts.Default = ChartFonts.Family;
        services.AddOptions<ChartsOptions>().Bind(configuration.GetSection("Charts")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => ChartDefinitions.Load(
            ChartDefinitions.PathIn(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath), sp.GetRequiredService<MetricCatalogue>()));
        services.AddSingleton<ChartText>();
        services.AddSingleton<ChartRenderer>();
        services.AddSingleton<MapRenderer>();
        services.AddSingleton<ChartDataReader>();
        services.AddSingleton<ChartImageCache>();
        services.AddSingleton<ChartTables>();
        services.AddSingleton<ChartImages>();
        services.AddSingleton<ViewCharts>();
        services.AddSingleton<ViewPdf>();
        services.AddSingleton<ChartPacks>();
        services.AddSingleton<ChartServer>();
    }
}
