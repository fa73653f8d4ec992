using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Simulation;

/// <summary>The demo simulator and its status (/api/simulation).</summary>
public static class SimulationEndpoints
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
        app.MapGroup("/api/simulation").WithTags("Simulation").MapGet("/status", GetStatus)
            .WithName("GetSimulationStatus")
            .WithSummary("The demo simulator's phase (idle, seeding, backfilling, live, off), percent done and cases written.");

    private static Ok<SimulationStatusReport> GetStatus(SimulationStatus status) => TypedResults.Ok(status.Current);
}
