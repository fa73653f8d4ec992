using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CourtMetrics.Charts;
using CourtMetrics.Release;
using CourtMetrics.Site;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Site;

/// <summary>The one version of Directory.Build.props wherever the product says which version it is (the footer: DashboardPageTests).</summary>
public sealed class VersionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string Expected = XDocument.Load(Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "Directory.Build.props"))
        .Descendants("Version").Single().Value;

    [Fact]
    public async Task Health_the_api_and_the_chart_images_carry_the_version_of_Directory_Build_props()
    {
        Assert.Equal(Expected, ProductVersion.Current);
        using var client = app.AnonymousClient();

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
}
