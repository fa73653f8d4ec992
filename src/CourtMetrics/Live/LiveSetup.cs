using CourtMetrics.Accounts;
using CourtMetrics.Scopes;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Live;

public static class LiveSetup
{
    public static void AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(LiveOptions.Section).Get<LiveOptions>() ?? new();
        var signalR = services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = 4 * 1024;
            hub.AddFilter<DatabaseOutageHubFilter>();
        });
        if (!string.IsNullOrWhiteSpace(options.RedisBackplane))
            signalR.AddStackExchangeRedis(options.RedisBackplane, redis => redis.Configuration.ChannelPrefix =
                StackExchange.Redis.RedisChannel.Literal("courtmetrics"));
        // A dashboard page shows a handful of views; a court page compares a court with its region and the nation.
        services.AddSingleton(new SubscriptionRegistry<MeasureView>(48));
        services.AddSingleton<DataVersions>();
        services.AddSingleton<CourtRegions>();
        services.AddSingleton<AccountConnections>();
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeed>());
        services.AddHealthChecks().AddCheck<ChangeFeedReadiness>("change-feed", tags: ["ready"]);
        services.AddHostedService<LiveBroadcaster>();
        services.AddHostedService<NoticeBroadcaster>();
    }

    public static void MapLive(this WebApplication app) => app.MapHub<LiveHub>("/hubs/live");
}
