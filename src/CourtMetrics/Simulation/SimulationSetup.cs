namespace CourtMetrics.Simulation;

public static class SimulationSetup
{
    public static void AddSimulation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SimulationStatus>();
        services.AddSingleton<DemoBackfill>();
        services.AddSingleton<LiveEvents>();
        services.AddHostedService<SimulationService>();
    }

    public static void MapSimulation(this WebApplication app) =>
        app.MapGet("/api/simulation/status", (SimulationStatus status) => status.Current)
            .WithName("GetSimulationStatus")
            .WithTags("Simulation")
            .WithSummary("The demo simulator's phase (idle, seeding, backfilling, live, off), percent done and cases written.")
            .Produces<SimulationStatusReport>();
}
