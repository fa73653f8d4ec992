using System.Net;
using System.Text.Json;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Site;

public sealed class HealthAndApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly AppFactory _app = app;

    [Fact]
    public async Task Ready_once_migrations_are_applied()
    {
        var response = await _app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_measures_and_chart_endpoints()
    {
        using var doc = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/measures", out _));
        Assert.True(paths.TryGetProperty("/api/charts/clearance-rate.{format}", out _));
    }

    [Theory]
    [InlineData("/api/measures?family=case-flow&scope=galaxy:1", "galaxy:1")]
    [InlineData("/api/measures?family=case-flow&granularity=week", "week")]
    public async Task A_bad_view_is_a_400_naming_the_bad_value(string url, string named)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }
}
