namespace CourtMetrics.Simulation;

public static class SimulationSetup
{
    public static void AddSimulation(this IServiceCollection services, IConfiguration configuration)
    {
    }
}
