using CourtMetrics.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.Live;

/// <summary>The SignalR Redis backplane is off unless configured; configured, the hub's messages go through Redis.</summary>
[Trait("Category", "Unit")]
public sealed class RedisBackplaneTests
{
    private static Type HubLifetimeManager(string? backplane)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Live:RedisBackplane"] = backplane }).Build();
        var services = new ServiceCollection();
        services.AddLive(configuration);
        return services.Last(s => s.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType!;
    }

    [Fact]
    public void Without_a_backplane_each_node_keeps_its_connections_to_itself() =>
        Assert.Equal(typeof(DefaultHubLifetimeManager<>), HubLifetimeManager(null));

    [Fact]
    public void A_redis_connection_string_puts_the_hub_on_the_redis_backplane() =>
        Assert.Equal("RedisHubLifetimeManager`1", HubLifetimeManager("redis.internal:6379,abortConnect=false").Name);
}
