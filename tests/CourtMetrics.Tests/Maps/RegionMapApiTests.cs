using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CourtMetrics.CourtSystem;
using CourtMetrics.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Maps;

public sealed class MapApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await MapCourtSystem.SeedAsync(this);
        await AggregateAsync();
    }
}

/// <summary>
/// The regions' map through its API and as a chart image, on MapCourtSystem's known figures: North meets the target,
/// South misses it, East has no data — in the JSON, the SVG's colours and legend in each language, the CSV and a deck.
/// </summary>
[Trait("Calendar", "today")]
public sealed class RegionMapApiTests(MapApp app) : IClassFixture<MapApp>
{
    private readonly HttpClient _http = app.CreateClient();
    private static readonly string Period = $"from={Start(1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<Dictionary<string, short>> RegionIdsAsync() => new()
    {
        ["N"] = await MapCourtSystem.RegionIdAsync(app.DataSource, "N"),
        ["S"] = await MapCourtSystem.RegionIdAsync(app.DataSource, "S"),
        ["E"] = await MapCourtSystem.RegionIdAsync(app.DataSource, "E"),
    };

    [Fact]
    public async Task The_shapes_are_a_tile_map_at_the_imported_cells_until_every_region_has_an_outline()
    {
        var map = await JsonAsync(await _http.GetAsync("/api/maps/regions"));

        Assert.Equal("tiles", map.GetProperty("kind").GetString()); // South and East have no outline
        Assert.Equal((300d, 100d), (map.GetProperty("width").GetDouble(), map.GetProperty("height").GetDouble()));
        var regions = map.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(["E", "N", "S"], regions.Keys.Order());
        Assert.Equal("M3 3 L97 3 L97 97 L3 97 L3 3 Z", regions["N"].GetProperty("path").GetString());
        Assert.Equal((150d, 50d), (regions["S"].GetProperty("labelX").GetDouble(), regions["S"].GetProperty("labelY").GetDouble()));

        // The store keeps outlines and cells; a court system giving every region an outline makes an outline map.
        var everyOutline = MapCourtSystem.Document with
        {
            Regions = MapCourtSystem.Document.Regions!.Select((r, i) => r with { Outline = JsonDocument.Parse(
                $$$"""{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[{{{60 + 10 * i}}}, 50], [{{{70 + 10 * i}}}, 50], [{{{70 + 10 * i}}}, 55], [{{{60 + 10 * i}}}, 55], [{{{60 + 10 * i}}}, 50]]]}}""").RootElement }).ToList(),
        };
        await app.Get<CourtSystemStore>().ApplyAsync(CourtSystemFile.Of(everyOutline), dryRun: false);
        try
        {
            var outlines = await JsonAsync(await _http.GetAsync("/api/maps/regions"));
            Assert.Equal("outlines", outlines.GetProperty("kind").GetString());
            Assert.Equal(1000, outlines.GetProperty("width").GetDouble()); // 30° of longitude at 52.5° N is wider than 5° of latitude
            Assert.InRange(outlines.GetProperty("height").GetDouble(), 270, 290);
            var north = outlines.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "N");
            Assert.StartsWith("M0 ", north.GetProperty("path").GetString()); // the westmost region
            Assert.InRange(north.GetProperty("labelX").GetDouble(), 166, 167.5); // the middle of its third of the map
        }
        finally
        {
            await app.Get<CourtSystemStore>().ApplyAsync(CourtSystemFile.Of(MapCourtSystem.Document), dryRun: false);
        }
    }

    [Fact]
    public async Task Each_region_is_classed_against_the_target_in_force_and_a_region_without_cases_has_no_data()
    {
        var ids = await RegionIdsAsync();
        var figures = await JsonAsync(await _http.GetAsync($"/api/maps/figures?measure=clearance_rate&{Period}"));

        Assert.Equal(1.0, figures.GetProperty("target").GetDouble());
        Assert.Equal("ratio", figures.GetProperty("unit").GetString());
        var regions = figures.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("regionId").GetInt16());
        Assert.Equal((1.0, "met"), (regions[ids["N"]].GetProperty("value").GetDouble(), regions[ids["N"]].GetProperty("class").GetString()));
        Assert.Equal((0.5, "missed"), (regions[ids["S"]].GetProperty("value").GetDouble(), regions[ids["S"]].GetProperty("class").GetString()));
        Assert.Equal(JsonValueKind.Null, regions[ids["E"]].GetProperty("value").ValueKind);
        Assert.Equal("noData", regions[ids["E"]].GetProperty("class").GetString());

        // A measure with no target: figures, but nothing to judge them by; one with no better direction: refused.
        var days = await JsonAsync(await _http.GetAsync($"/api/maps/figures?measure=disposition_time&{Period}"));
        Assert.Equal("noTarget", days.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionId").GetInt16() == ids["S"]).GetProperty("class").GetString());
        var neutral = await _http.GetAsync($"/api/maps/figures?measure=incoming&{Period}");
        Assert.Equal(HttpStatusCode.BadRequest, neutral.StatusCode);
        Assert.Contains("'incoming' has no better direction", await neutral.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/maps/figures?measure=clearance_rate&category=nope&{Period}")).StatusCode);

        // An administrator's target for every scope moves the line: at 50 %, South meets it too.
        using var admin = await app.AdministratorClientAsync();
        var set = await admin.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.5 });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        try
        {
            var moved = await JsonAsync(await _http.GetAsync($"/api/maps/figures?measure=clearance_rate&{Period}"));
            Assert.Equal("met", moved.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionId").GetInt16() == ids["S"]).GetProperty("class").GetString());
        }
        finally
        {
            await admin.DeleteAsync($"/api/targets/{(await JsonAsync(set)).GetProperty("id").GetInt32()}");
        }
    }

    [Theory]
    [InlineData("en", "Clearance rate by region", "Meets the target (≥ 100.0%)", "Misses the target (< 100.0%)", "No data")]
    [InlineData("kk", "өңірлер бойынша", "Мақсатқа жетті (≥ 100,0", "Мақсатқа жетпеді (< 100,0", "Дерек жоқ")]
    [InlineData("ru", "по регионам", "Цель достигнута (≥ 100,0", "Цель не достигнута (< 100,0", "Нет данных")]
    public async Task The_map_image_fills_each_region_by_its_class_with_a_legend_in_the_language(string language, string title,
        string met, string missed, string noData)
    {
        var svg = XDocument.Parse(await _http.GetStringAsync($"/api/charts/chart.svg?measures=clearance_rate&type=map&{Period}&lang={language}&width=900&height=500"));

        var words = svg.Descendants().Select(e => e.Attribute("aria-label")?.Value).OfType<string>().ToList();
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.Contains(title));
        Assert.Contains(words, w => w.StartsWith(met));
        Assert.Contains(words, w => w.StartsWith(missed));
        Assert.Contains(noData, words);
        Assert.Contains("—", words); // East's figure: none, not a zero
        Assert.DoesNotContain(words, w => w.StartsWith("0.0") || w.StartsWith("0,0"));
        // The regions left to right, North, South, East: filled met, missed, no data (the legend's swatches lie lower),
        // East's edge dashed (drawn as the dashes' outlines in its colour).
        var theme = app.Get<CourtMetrics.Charts.ChartDefinitions>().Themes["light"].Map;
        (double X, double Y) TopmostOf(string fill) => svg.Descendants().Where(e => e.Name.LocalName == "path"
                && string.Equals(e.Attribute("fill")?.Value, fill, StringComparison.OrdinalIgnoreCase))
            .Select(e => FirstPoint(e.Attribute("d")!.Value)).OrderBy(p => p.Y).First();
        Assert.True(TopmostOf(theme.Met.Fill).X < TopmostOf(theme.Missed.Fill).X, "North (met) is left of South (missed)");
        Assert.True(TopmostOf(theme.Missed.Fill).X < TopmostOf(theme.NoData.Fill).X, "South (missed) is left of East (no data)");
        Assert.InRange(TopmostOf(theme.NoDataBorder).Y - TopmostOf(theme.NoData.Fill).Y, -2, 2);
    }

    private static (double X, double Y) FirstPoint(string path)
    {
        var numbers = path.TrimStart('M').Split([' ', 'L'], StringSplitOptions.RemoveEmptyEntries).Take(2).Select(double.Parse).ToArray();
        return (numbers[0], numbers[1]);
    }

    [Fact]
    public async Task The_map_as_png_csv_and_a_playlist_deck()
    {
        var png = await _http.GetByteArrayAsync($"/api/charts/chart.png?measures=clearance_rate&type=map&{Period}&width=800&height=600&scale=2");
        Assert.Equal(1600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));

        var csv = (await _http.GetStringAsync($"/api/charts/chart.csv?measures=clearance_rate&type=map&{Period}&lang=ru")).Split("\r\n");
        // in Russian, as Excel set to Russian reads it: ';' between fields, a decimal comma
        Assert.Equal("region_code;region;value;target;class", csv[0]);
        Assert.Equal(["E;Восток;;1;noData", "N;Север;1;1;met", "S;Юг;0,5;1;missed"], csv[1..4]);

        var wrong = await _http.GetAsync($"/api/charts/chart.png?measures=clearance_rate&type=map&scope=region:1&{Period}");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("a map shows every region", await wrong.Content.ReadAsStringAsync());

        using var admin = await app.AdministratorClientAsync();
        var refused = await admin.PostAsJsonAsync("/api/playlists", new
        {
            name = "Map", language = "en", intervalSeconds = 20, theme = "dark", scope = "nation",
            slides = new[] { new { kind = "map", metric = "incoming" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var created = await admin.PostAsJsonAsync("/api/playlists", new
        {
            name = "Map", language = "en", intervalSeconds = 20, theme = "dark", scope = "nation",
            slides = new[] { new { kind = "map", metric = "clearance_rate" } },
        });
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();
        var bytes = await _http.GetByteArrayAsync($"/api/playlists/{id}/deck.pptx?lang=kk");
        using var deck = PresentationDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(deck).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var pictures = deck.PresentationPart!.SlideParts.SelectMany(s => s.Slide.Descendants<DocumentFormat.OpenXml.Presentation.NonVisualDrawingProperties>())
            .Where(p => p.Name == "Chart").Select(p => p.Description?.Value).ToList();
        Assert.Equal(["Істерді қарау коэффициенті: өңірлер бойынша"], pictures);
    }
}
