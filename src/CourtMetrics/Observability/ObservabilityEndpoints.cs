namespace CourtMetrics.Observability;

public static class ObservabilityEndpoints
{
    /// <summary>
    /// The Prometheus scrape, on every node role (Nodes lets it through on a worker). Its own branch checks who asks
    /// (ScrapeAccess) before the exporter answers.
    /// </summary>
    public static void MapObservability(this WebApplication app) =>
        app.MapGroup("").MapPrometheusScrapingEndpoint(ObservabilityOptions.ScrapePath, meterProvider: null,
            configureBranchedPipeline: branch => branch.UseMiddleware<ScrapeAccess>(), optionsName: null);
}
