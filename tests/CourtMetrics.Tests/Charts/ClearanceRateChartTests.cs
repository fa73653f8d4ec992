using System.Buffers.Binary;
using System.Net;
using System.Xml.Linq;
using CourtMetrics.Tests.Support;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Charts;

public sealed class ChartApp : AppFactory
{
    /// <summary>A small image cache, so a test can fill it past its cap.</summary>
    public ChartApp() => With("Charts:CacheMegabytes", "1");

    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await CourtSystemFixture.AddCasesAsync(DataSource, ("A", 11, 1, Day(1, 2), Day(0, 1)), ("B", 21, 1, Day(0, 1), null));
        await AggregateAsync();
    }
}

[Trait("Calendar", "today")]
public sealed class ClearanceRateChartTests(ChartApp app) : IClassFixture<ChartApp>
{
    private readonly HttpClient _http = app.CreateClient();

    [Theory]
    [InlineData(1200, 600)]
    [InlineData(640, 480)]
    public async Task The_png_is_a_valid_png_of_the_requested_size(int width, int height)
    {
        var response = await _http.GetAsync($"/api/charts/clearance-rate.png?scope=nation&width={width}&height={height}");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public async Task The_svg_has_the_requested_size_and_names_the_measure_and_scope_in_its_title()
    {
        var svg = XDocument.Parse(await _http.GetStringAsync("/api/charts/clearance-rate.svg?scope=region:2&width=800&height=400"));

        Assert.Equal("800", svg.Root!.Attribute("width")?.Value);
        Assert.Equal("400", svg.Root!.Attribute("height")?.Value);
        Assert.Equal("Clearance rate", svg.Root.Elements().First(e => e.Name.LocalName == "title").Value);
        var text = string.Join(" | ", svg.Descendants().Select(e => e.Attribute("aria-label")?.Value).OfType<string>());
        Assert.Contains("South · All categories ·", text);
        Assert.Contains("Data as of", text);
    }

    [Theory]
    [InlineData("width=5000&height=600")]
    [InlineData("width=1200&height=99999")]
    [InlineData("width=10&height=600")]
    public async Task An_oversized_or_tiny_image_is_refused_with_400(string size)
    {
        var response = await _http.GetAsync($"/api/charts/clearance-rate.png?scope=nation&{size}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("between 200 and 4096", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_court_is_404_by_name()
    {
        var response = await _http.GetAsync("/api/charts/clearance-rate.png?scope=court:404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("court:404", await response.Content.ReadAsStringAsync());
    }
}
