using System.ComponentModel.DataAnnotations;
using CourtMetrics.Security;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Security;

/// <summary>Known proxies and framing sites are checked as the start checks them (data annotations and IValidatableObject).</summary>
[Trait("Category", "Unit")]
public sealed class ProxyAndFramingOptionsValuesTests
{
    private static List<string> Problems(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }

    [Theory]
    [InlineData("https://portal.example.kz", true)]
    [InlineData("https://*.example.kz", true)]
    [InlineData("http://localhost:8080", true)]
    [InlineData("https://portal.example.kz/path", false)]
    [InlineData("https://portal.example.kz; script-src *", false)]
    [InlineData("'self'", false)]
    [InlineData("*", false)]
    [InlineData("portal.example.kz", false)]
    public void A_framing_site_must_be_a_bare_origin(string origin, bool accepted) =>
        Assert.Equal(accepted, Problems(new SecurityOptions { FrameAncestors = [origin] }).Count == 0);

    [Theory]
    [InlineData("10.0.0.5", null, true)]
    [InlineData("::1", "172.16.0.0/12", true)]
    [InlineData("nginx", null, false)]
    [InlineData(null, "172.16.0.0", false)]
    [InlineData(null, "172.16.0.0/33", false)]
    public void Known_proxies_are_addresses_and_known_networks_are_in_CIDR_notation(string? proxy, string? network, bool accepted) =>
        Assert.Equal(accepted, Problems(new ProxyOptions { KnownProxies = proxy is null ? [] : [proxy], KnownNetworks = network is null ? [] : [network] }).Count == 0);
}

/// <summary>A proxy setting that is not an address stops the start, before any request is answered as if from it.</summary>
public sealed class ProxyOptionsStartTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().With("Proxy:KnownProxies:0", "nginx");

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public void A_known_proxy_given_by_name_stops_the_start_naming_the_setting()
    {
        var error = Assert.ThrowsAny<Exception>(() => _app.CreateClient());

        Assert.Contains("Proxy:KnownProxies: 'nginx' is not an IP address.", error.ToString());
    }
}
