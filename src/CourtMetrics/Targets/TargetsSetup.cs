namespace CourtMetrics.Targets;

public static class TargetsSetup
{
    public static void AddTargets(this IServiceCollection services)
    {
        services.AddSingleton<TargetStore>();
        services.AddSingleton<TargetWatch>();
        services.AddSingleton<EffectiveTargets>();
        services.AddSingleton<MarksGeneration>();
    }
}
