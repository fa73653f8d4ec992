using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using CourtMetrics.Charts;
using CourtMetrics.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Charts;

[Trait("Calendar", "today")]
public sealed class ChartImageTests(ChartApp app) : IClassFixture<ChartApp>
{
    private readonly HttpClient _http = app.CreateClient();

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static string SvgText(XDocument svg) => string.Join(" | ",
        svg.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value)
            .Concat(svg.Descendants().Select(e => e.Attribute("aria-label")?.Value).OfType<string>()));

    [Theory]
    [InlineData("case-flow/1", 1200, 600, 1)]
    [InlineData("durations/3", 800, 400, 2)]
    [InlineData("budget/1", 640, 480, 1.5)]
    public async Task A_view_chart_png_has_the_requested_size_times_the_scale(string chart, int width, int height, double scale)
    {
        var response = await _http.GetAsync($"/api/charts/views/{chart}.png?scope=region:1&width={width}&height={height}&scale={scale}");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(((int)(width * scale), (int)(height * scale)), PngSize(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Every_chart_of_every_view_renders_as_png_and_csv_of_its_measures()
    {
        var definitions = app.Get<ChartDefinitions>();
        foreach (var (view, definition) in definitions.Views)
            for (var n = 1; n <= definition.Charts.Count; n++)
            {
                var png = await _http.GetByteArrayAsync($"/api/charts/views/{view}/{n}.png?width=400&height=240&scope=region:1");
                Assert.Equal((400, 240), PngSize(png));
                var header = (await _http.GetStringAsync($"/api/charts/views/{view}/{n}.csv?scope=region:1")).Split("\r\n")[0];
                Assert.Equal(string.Join(',', ["period_start", "period_end", .. definition.Charts[n - 1].Measures]), header);
            }
        Assert.Equal(24, definitions.Views.Values.Sum(v => v.Charts.Count));
    }

    [Fact]
    public async Task The_svg_is_xml_of_the_requested_size_with_its_title_subtitle_and_source_drawn_as_outlines()
    {
        var svg = XDocument.Parse(await _http.GetStringAsync("/api/charts/views/case-flow/1.svg?scope=court:21&width=900&height=500&theme=dark"));

        Assert.Equal("900", svg.Root!.Attribute("width")?.Value);
        Assert.Equal("500", svg.Root!.Attribute("height")?.Value);
        var text = SvgText(svg);
        Assert.StartsWith("Incoming and resolved |", text);
        Assert.Contains("South District 1 · All categories ·", text);
        Assert.Contains("Source: CEPEJ", text);
        // No text needs the DejaVu font on the viewer's machine: every word is a path of its glyphs.
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "text");
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "path"), p => p.Attribute("aria-label")?.Value == "Incoming and resolved");
    }

    [Fact]
    public async Task A_share_within_a_time_standard_is_named_by_its_standard_in_each_language_as_the_page_names_it()
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection,
            "INSERT INTO time_standards VALUES (1, 180, 0.75), (1, 365, 0.90), (1, 540, 0.98), (2, 90, 0.75), (2, 365, 0.90), (2, 730, 0.98)");
        try
        {
            // A space before the percent sign is a no-break space of .NET's width or the page's: the same to a reader.
            static string Spaces(string? text) => (text ?? "").Replace('\u202f', ' ').Replace('\u00a0', ' ');
            async Task<string> TextOf(string query) =>
                Spaces(SvgText(XDocument.Parse(await _http.GetStringAsync($"/api/charts/chart.svg?granularity=month&{query}"))));

            // One category: its own standard and target share, written by the language's rules.
            Assert.StartsWith("Окончено в пределах 365 дн. — норматив 90,0 % |", await TextOf("measures=within_standard_2&category=civil&lang=ru"));
            // All categories: the standard they share, or, where they differ, the tier and the span of its days.
            Assert.StartsWith("365 күн ішінде аяқталғандар — норматив 90,0% |", await TextOf("measures=within_standard_2&lang=kk"));
            var legend = await TextOf("measures=within_standard_1,within_standard_3&title=onTime&lang=en");
            Assert.Contains("Resolved within standard 1 of each category (90–180 days)", legend);
            Assert.Contains("Resolved within standard 3 of each category (540–730 days)", legend);

            // The page reads the same names from the same rule.
            var names = JsonDocument.Parse(await _http.GetStringAsync("/api/measure-names")).RootElement.EnumerateArray()
                .ToDictionary(n => $"{n.GetProperty("measure").GetString()}|{n.GetProperty("category").GetString()}", n => n.GetProperty("names"));
            Assert.Equal("Окончено в пределах 365 дн. — норматив 90,0 %", Spaces(names["within_standard_2|civil"].GetProperty("ru").GetString()));
            Assert.Equal("Resolved within standard 1 of each category (90–180 days)", names["within_standard_1|"].GetProperty("en").GetString());
        }
        finally
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM time_standards");
        }
    }

    [Theory]
    [InlineData("kk", "Түскен және аяқталған", "Деректер уақыты")]
    [InlineData("ru", "Поступившие и оконченные", "Данные на")]
    public async Task A_chart_in_kazakh_or_russian_has_its_titles_in_that_language_with_every_glyph_in_the_font(
        string language, string title, string asOf)
    {
        var svg = XDocument.Parse(await _http.GetStringAsync($"/api/charts/views/overview/1.svg?lang={language}"));

        var text = SvgText(svg);
        Assert.StartsWith($"{title} |", text);
        Assert.Contains(asOf, text);
        Assert.True(ChartFonts.Covers(title, bold: true), $"a glyph of «{title}» is missing in {ChartFonts.Family}");
        var outline = svg.Descendants().First(e => e.Attribute("aria-label")?.Value == title);
        Assert.Matches("^M[-0-9.]+ [-0-9.]+", outline.Attribute("d")!.Value);
    }

    [Theory]
    [InlineData("Қазақстан соттары")]
    [InlineData("Joǵarǵy sot")]
    [InlineData("Верховный суд Республики Казахстан")]
    public void The_chart_font_has_a_glyph_for_every_letter_of_kazakh_and_russian(string words)
    {
        Assert.Equal(ChartFonts.Family, ChartFonts.Regular.FamilyName);
        Assert.True(ChartFonts.Covers(words));
        Assert.True(ChartFonts.Covers(words, bold: true));
    }

    [Fact]
    public async Task The_csv_of_a_chart_holds_the_same_numbers_as_the_measures_api()
    {
        var csv = await _http.GetStringAsync("/api/charts/chart.csv?measures=incoming,resolved&type=bar&title=flow&scope=region:1");
        using var measures = JsonDocument.Parse(await _http.GetStringAsync("/api/measures?family=case-flow&scope=region:1"));

        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal("period_start,period_end,incoming,resolved", lines[0]);
        var expected = measures.RootElement.GetProperty("points").EnumerateArray().Select(p =>
            $"{p.GetProperty("periodStart").GetString()},{p.GetProperty("periodEnd").GetString()}," +
            $"{p.GetProperty("values").GetProperty("incoming")},{p.GetProperty("values").GetProperty("resolved")}");
        Assert.Equal(expected, lines[1..]);
        Assert.Contains(lines, l => l.EndsWith(",1,1") || l.EndsWith(",1,0"));
    }

    [Fact]
    public async Task The_zip_of_a_view_holds_one_png_per_chart_at_the_chosen_size()
    {
        var bytes = await _http.GetByteArrayAsync("/api/charts/views/case-flow.zip?width=640&height=360");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(6, zip.Entries.Count);
        Assert.All(zip.Entries, entry =>
        {
            using var stream = new MemoryStream();
            entry.Open().CopyTo(stream);
            Assert.Equal((640, 360), PngSize(stream.ToArray()));
        });
        Assert.StartsWith("01-flow_nation_month", zip.Entries[0].Name);
    }

    [Fact]
    public async Task The_pptx_of_a_view_is_valid_with_a_title_slide_and_one_slide_per_chart_in_the_chosen_language()
    {
        var bytes = await _http.GetByteArrayAsync("/api/charts/views/durations.pptx?lang=kk&scope=region:2");

        using var deck = PresentationDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(deck).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var slides = deck.PresentationPart!.SlideParts.ToList();
        Assert.Equal(1 + 4, slides.Count);
        var ordered = deck.PresentationPart.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(id => (SlidePart)deck.PresentationPart.GetPartById(id.RelationshipId!)).ToList();
        Assert.Contains("Қарау мерзімі — South", ordered[0].Slide.InnerText);
        Assert.All(ordered.Skip(1), slide => Assert.Single(slide.ImageParts));
        Assert.Equal("Істі қарау мерзімі (күн)", ordered[1].Slide.Descendants<DocumentFormat.OpenXml.Presentation.NonVisualDrawingProperties>()
            .Single(p => p.Name == "Chart").Description?.Value);
    }

    [Fact]
    public async Task The_same_chart_of_the_same_data_is_304_with_its_etag_and_new_data_changes_the_etag()
    {
        const string url = "/api/charts/views/case-flow/1.png?scope=court:12&width=400&height=300";
        var first = await _http.GetAsync(url);
        var etag = first.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _http.SendAsync(again)).StatusCode);

        await CourtSystemFixture.AddCasesAsync(app.DataSource, ("C", 12, 2, Day(0, 1), null));
        await app.AggregateAsync();
        var changed = await Eventually.ValueAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            var response = await _http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK ? response : null;
        });
        Assert.NotEqual(etag, changed.Headers.ETag);
        var csv = await _http.GetStringAsync("/api/charts/views/case-flow/1.csv?scope=court:12");
        Assert.EndsWith(",1,0", csv.TrimEnd());
    }

    [Fact]
    public async Task The_image_cache_stays_within_its_memory_cap()
    {
        var cache = app.Get<ChartImageCache>();
        long rendered = 0;
        for (var width = 1000; width <= 3400 && rendered <= 3 * 1024 * 1024; width += 100)
            rendered += (await _http.GetByteArrayAsync($"/api/charts/views/durations/1.png?width={width}&height=1500&theme=dark")).Length;

        Assert.True(rendered > 1024 * 1024, $"only {rendered} bytes rendered: the cap was never reached");
        Assert.InRange(cache.Bytes, 1, 1024 * 1024);
    }

    [Theory]
    [InlineData("views/case-flow/1.png?width=99999", "width")]
    [InlineData("views/case-flow/1.png?height=abc", "height")]
    [InlineData("views/case-flow/1.png?width=3000&scale=2", "scale")]
    [InlineData("views/case-flow/1.png?scale=9", "scale")]
    [InlineData("views/case-flow/1.svg?lang=de", "lang")]
    [InlineData("views/case-flow/1.svg?theme=pink", "theme")]
    [InlineData("views/case-flow.zip?granularity=hour", "granularity")]
    [InlineData("chart.png?measures=incoming,nope", "measure 'nope'")]
    [InlineData("chart.png?measures=incoming&type=pie", "type 'pie'")]
    [InlineData("chart.png?measures=incoming,budget_execution", "not of one family")]
    public async Task An_oversized_or_malformed_request_is_a_400_problem_naming_the_parameter(string request, string named)
    {
        var response = await _http.GetAsync($"/api/charts/{request}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(named, problem.RootElement.GetProperty("detail").GetString());
    }
}
