namespace CourtMetrics.Charts;

public static class ChartsSetup
{
    public static void AddCharts(this IServiceCollection services)
    {
    }

    public static void MapCharts(this WebApplication app)
    {
    }
}
