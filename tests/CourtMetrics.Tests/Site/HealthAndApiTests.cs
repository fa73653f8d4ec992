using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CourtMetrics.Charts;
using CourtMetrics.Release;
using CourtMetrics.Site;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Site;

public sealed class HealthAndApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly AppFactory _app = app;

    private static readonly string Expected = XDocument.Load(Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "Directory.Build.props"))
        .Descendants("Version").Single().Value;

    /// <summary>The one version of Directory.Build.props wherever the product says which version it is (the footer: DashboardPageTests).</summary>
    [Fact]
    public async Task Health_the_api_and_the_chart_images_carry_the_version_of_Directory_Build_props()
    {
        Assert.Equal(Expected, ProductVersion.Current);
        using var client = _app.AnonymousClient();

        using var health = await client.GetAsync("/health");
        var json = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal(Expected, json.GetProperty("version").GetString());

        using var measures = await client.GetAsync("/api/measures?family=case-flow");
        Assert.Equal(Expected, measures.Headers.GetValues(ProductVersion.Header).Single());
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        Assert.Equal(Expected, document.RootElement.GetProperty("info").GetProperty("version").GetString());

        var png = await client.GetByteArrayAsync("/api/charts/chart.png?measures=incoming");
        Assert.Equal($"CourtMetrics {Expected}", PngText.Read(png)[PngText.Keyword]);
        // Still a PNG every reader takes: Skia decodes it whole, the inserted chunk's CRC included.
        using var decoded = SkiaSharp.SKBitmap.Decode(png);
        Assert.NotNull(decoded);
    }

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
