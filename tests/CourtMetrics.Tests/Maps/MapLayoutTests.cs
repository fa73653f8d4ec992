using System.Globalization;
using System.Text.Json;
using CourtMetrics.CourtSystem;
using CourtMetrics.Maps;

namespace CourtMetrics.Tests.Maps;

/// <summary>How regions become a map: outlines projected when every region has one, else tiles at their cells.</summary>
[Trait("Category", "Unit")]
public sealed class MapLayoutTests
{
    private static string Square(double west, double south, double size, int pointsPerSide = 1)
    {
        // A square ring with as many points along each side as asked (a surveyed boundary has thousands)
        var points = new List<string>();
        (double, double)[] corners = [(west, south), (west + size, south), (west + size, south + size), (west, south + size)];
        for (var c = 0; c < 4; c++)
        {
            var (a, b) = (corners[c], corners[(c + 1) % 4]);
            for (var i = 0; i < pointsPerSide; i++)
            {
                var t = (double)i / pointsPerSide;
                points.Add(string.Create(CultureInfo.InvariantCulture, $"[{a.Item1 + t * (b.Item1 - a.Item1)}, {a.Item2 + t * (b.Item2 - a.Item2)}]"));
            }
        }
        points.Add(string.Create(CultureInfo.InvariantCulture, $"[{west}, {south}]"));
        return $"[{string.Join(", ", points)}]";
    }

    [Fact]
    public void Without_an_outline_for_every_region_the_regions_are_tiles_and_one_without_a_cell_goes_below()
    {
        var map = MapLayout.Of([
            new RegionPlace(1, "A", $$"""{"type": "Polygon", "coordinates": [{{Square(0, 0, 1)}}]}""", 4, 2),
            new RegionPlace(2, "B", null, 5, 3),
            new RegionPlace(3, "C", null, null, null),
        ]);

        Assert.Equal("tiles", map.Kind);
        var regions = map.Regions.ToDictionary(r => r.Code);
        Assert.Equal((50d, 50d), (regions["A"].LabelX, regions["A"].LabelY)); // columns and rows counted from the first used
        Assert.Equal((150d, 150d), (regions["B"].LabelX, regions["B"].LabelY));
        Assert.Equal((50d, 350d), (regions["C"].LabelX, regions["C"].LabelY)); // a row apart, below the others
        Assert.Equal((200d, 400d), (map.Width, map.Height));
        Assert.Equal(94 * 94, regions["B"].Area);
    }

    [Fact]
    public void With_an_outline_for_every_region_the_outlines_are_projected_simplified_and_keep_their_holes()
    {
        var ring = $$"""{"type": "Polygon", "coordinates": [{{Square(70, 50, 4, 500)}}, {{Square(71, 51, 1)}}]}""";
        var inside = $$$"""{"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon", "coordinates": [[{{{Square(71, 51, 1)}}}]]}}""";
        var map = MapLayout.Of([new RegionPlace(1, "OUT", ring, null, null), new RegionPlace(2, "IN", inside, null, null)]);

        Assert.Equal("outlines", map.Kind);
        // 4° of longitude at 52° N are narrower than 4° of latitude: the map is 1,000 units high.
        Assert.Equal(1000, map.Height);
        Assert.Equal(Math.Round(1000 * Math.Cos(52 * Math.PI / 180), 1), map.Width, 0.2);
        var outer = map.Regions.Single(r => r.Code == "OUT");
        Assert.Equal([false, true], outer.Rings.Select(r => r.Hole));
        Assert.Equal(5, outer.Rings[0].Points.Length); // 2,001 points on a square's sides: its four corners, closed
        Assert.Equal(2, outer.Path.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(outer.Area > map.Regions.Single(r => r.Code == "IN").Area); // drawn first, so the city inside shows
        var city = map.Regions.Single(r => r.Code == "IN");
        Assert.Equal((map.Width * 1.5 / 4, 1000 * 2.5 / 4), (city.LabelX, city.LabelY), new Tolerance());
    }

    private sealed class Tolerance : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) < 0.5 && Math.Abs(a.Item2 - b.Item2) < 0.5;
        public int GetHashCode((double, double) value) => 0;
    }

    [Theory]
    [InlineData("""{"type": "Polygon", "coordinates": [[[200, 10], [201, 10], [201, 11], [200, 10]]]}""", "a position is [longitude, latitude] in degrees")]
    [InlineData("""{"type": "Polygon", "coordinates": [[[1, 1], [2, 2], [1, 1]]]}""", "a ring is a list of at least 4 positions")]
    [InlineData("""{"type": "Point", "coordinates": [1, 1]}""", "'Point' is not a Polygon or MultiPolygon")]
    [InlineData("""{"type": "Feature", "properties": {}}""", "a Feature needs a geometry")]
    public void An_outline_that_cannot_be_drawn_is_refused_with_why(string outline, string problem)
    {
        Assert.False(RegionOutline.TryRead(JsonDocument.Parse(outline).RootElement, out _, out var why));
        Assert.StartsWith(problem, why!.ToString());
    }

    [Fact]
    public void Two_regions_on_one_cell_are_refused_with_the_first_one_named()
    {
        var names = new Names(new Dictionary<string, string> { ["en"] = "X" });
        var document = new CourtSystemDocument(Languages: ["en"], Levels: [], Courts: [], Categories: [],
            Regions: [new RegionEntry("A", names, Tile: new TilePosition(1, 2)), new RegionEntry("B", names, Tile: new TilePosition(1, 2))]);

        var problems = CourtSystemRules.Check(document, CourtSystemFile.Of(document));

        Assert.Equal(["regions[1].tile: repeated tile '1,2' (first at regions[0])"], problems.Select(p => p.ToString()));
    }
}
