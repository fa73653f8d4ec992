using CourtMetrics.Charts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CourtMetrics.Tests.Charts;

/// <summary>How a chart request's size, scale, language and theme are read: defaults, caps, and refusals naming the value.</summary>
[Trait("Category", "Unit")]
public sealed class ImageOptionsTests
{
    private static QueryCollection Query(params (string Key, string Value)[] parameters) =>
        new(parameters.ToDictionary(p => p.Key, p => new StringValues(p.Value)));

    [Fact]
    public void Without_parameters_an_image_is_1200_by_600_in_english_light()
    {
        Assert.True(ImageOptions.TryParse(Query(), out var options, out var error), error);

        Assert.Equal(new ImageOptions(1200, 600, 1, "en", "light"), options);
    }

    [Fact]
    public void A_scale_multiplies_the_pixels_up_to_the_cap_on_each_side()
    {
        Assert.True(ImageOptions.TryParse(Query(("width", "2048"), ("height", "1024"), ("scale", "2"), ("lang", "kk"), ("theme", "dark")), out var options, out _));
        Assert.Equal((4096, 2048, "kk", "dark"), (options.PixelWidth, options.PixelHeight, options.Language, options.Theme));

        Assert.False(ImageOptions.TryParse(Query(("width", "2049"), ("scale", "2")), out _, out var error));
        Assert.Contains("4098×1200 pixels; at most 4096 each side", error);
    }

    [Theory]
    [InlineData("width", "199", "width '199' must be a whole number of pixels between 200 and 4096")]
    [InlineData("height", "4097", "height '4097'")]
    [InlineData("width", "12.5", "width '12.5'")]
    [InlineData("width", "-300", "width '-300'")]
    [InlineData("scale", "0.25", "scale '0.25' must be a number from 0.5 to 4")]
    [InlineData("scale", "NaN", "scale 'NaN'")]
    [InlineData("lang", "de", "lang 'de' is not one of en, kk, ru")]
    [InlineData("theme", "sepia", "theme 'sepia' is not light or dark")]
    public void A_bad_value_is_refused_naming_it(string name, string value, string named)
    {
        Assert.False(ImageOptions.TryParse(Query((name, value)), out _, out var error));
        Assert.Contains(named, error);
    }

    [Fact]
    public void An_overlong_value_is_shown_cut_in_the_refusal()
    {
        Assert.False(ImageOptions.TryParse(Query(("theme", new string('x', 500))), out _, out var error));
        Assert.True(error.Length < 120, error);
    }
}
