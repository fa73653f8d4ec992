namespace CourtMetrics.Live;

public static class LiveSetup
{
    public static void AddLive(this IServiceCollection services)
    {
        services.AddSignalR(hub => hub.MaximumReceiveMessageSize = 4 * 1024);
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<CourtRegions>();
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeed>());
        services.AddHostedService<LiveBroadcaster>();
    }

    public static void MapLive(this WebApplication app) => app.MapHub<LiveHub>("/hubs/live");
}
