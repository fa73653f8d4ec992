using System.Net;
using System.Net.Http.Headers;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Observability;

/// <summary>Who may scrape, over a real loopback connection: the default lets the machine itself in and nobody else.</summary>
public sealed class ScrapeAccessTests
{
    private const string Token = "another scrape token, long enough";

    [Fact]
    public async Task By_default_a_scraper_on_the_same_machine_is_answered()
    {
        await using var app = new AppFactory();
        await ((IAsyncLifetime)app).InitializeAsync();
        using var client = new HttpClient { BaseAddress = app.StartOnRealPort() };

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE", await response.Content.ReadAsStringAsync());
        await ((IAsyncLifetime)app).DisposeAsync();
    }

    [Fact]
    public async Task A_host_outside_the_allowed_networks_is_refused_unless_it_sends_the_token()
    {
        await using var app = new AppFactory()
            .With("Observability:MetricsAllowedNetworks:0", "10.0.0.0/8")
            .With("Observability:MetricsBearerToken", Token);
        await ((IAsyncLifetime)app).InitializeAsync();
        using var client = new HttpClient { BaseAddress = app.StartOnRealPort() };

        var anonymous = await client.GetAsync("/metrics");
        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) } };
        var authorized = await client.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Contains("MetricsAllowedNetworks", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
        await ((IAsyncLifetime)app).DisposeAsync();
    }

    [Fact]
    public async Task A_network_that_is_not_one_or_a_short_token_stops_the_start_naming_the_setting()
    {
        await using var app = new AppFactory()
            .With("Observability:MetricsAllowedNetworks:0", "10.0.0.0/33")
            .With("Observability:MetricsBearerToken", "short");
        await ((IAsyncLifetime)app).InitializeAsync();

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient()).ToString();

        Assert.Contains("Observability:MetricsAllowedNetworks: '10.0.0.0/33' is not a network", error);
        Assert.Contains("Observability:MetricsBearerToken: at least 16 characters", error);
        await ((IAsyncLifetime)app).DisposeAsync();
    }
}
