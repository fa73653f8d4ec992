using CourtMetrics.Presentation;
using Microsoft.AspNetCore.Http;

namespace CourtMetrics.Tests.Presentation;

/// <summary>The closing slide's address: the configured one, else the site's own; drawn as a QR code a phone reads.</summary>
[Trait("Category", "Unit")]
public sealed class PublicAddressTests
{
    private static HttpRequest Request(string host, string pathBase = "")
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString(host);
        http.Request.PathBase = pathBase;
        return http.Request;
    }

    [Fact]
    public void The_configured_address_is_shown_else_the_sites_own_and_one_too_long_to_read_is_none()
    {
        Assert.Equal("https://courts.example/dashboard", PublicAddress.Of(Request("internal:8080"), new() { PublicAddress = "https://courts.example/dashboard" }));
        Assert.Equal("https://screens.example/cm/", PublicAddress.Of(Request("screens.example", "/cm"), new()));
        Assert.Null(PublicAddress.Of(Request(new string('a', PublicAddress.MaxLength) + ".example"), new()));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://courts.example/", true)]
    [InlineData("http://10.0.0.5:5080/", true)]
    [InlineData("ftp://courts.example/", false)]
    [InlineData("/relative", false)]
    [InlineData("not an address", false)]
    public void Only_an_absolute_http_or_https_address_is_accepted_at_start(string? address, bool valid) =>
        Assert.Equal(valid, new PresentationOptions { PublicAddress = address }.IsValid);

    [Fact]
    public void The_code_reads_back_as_the_address_and_its_svg_scales_to_its_box()
    {
        const string address = "https://courts.example/dashboard?lang=kk";
        var (png, pixels) = PublicAddress.Png(address);
        Assert.Equal(address, QrCodes.Decode(png));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((pixels, pixels), (bitmap.Width, bitmap.Height));
        var svg = System.Xml.Linq.XDocument.Parse(PublicAddress.Svg(address)).Root!;
        Assert.NotNull(svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
    }
}
