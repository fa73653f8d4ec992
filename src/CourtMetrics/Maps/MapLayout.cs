using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CourtMetrics.CourtSystem;

namespace CourtMetrics.Maps;

/// <summary>A region as the court system places it: its outline (GeoJSON text) and tile cell, either or both missing.</summary>
public sealed record RegionPlace(short Id, string Code, string? Outline, short? TileColumn, short? TileRow);

/// <summary>A point of the map, in its units: x to the right, y downwards, as on a screen.</summary>
public readonly record struct MapPoint(double X, double Y);

/// <summary>A closed ring of a region's shape: a boundary, or a hole in one (where a city region may lie inside).</summary>
public sealed record MapRing(MapPoint[] Points, bool Hole)
{
    /// <summary>The area it encloses, in square units.</summary>
    public double Area => Math.Abs(SignedArea(Points));

    /// <summary>The shoelace sum of a closed ring: its area, signed by its direction.</summary>
    public static double SignedArea(MapPoint[] ring)
    {
        var sum = 0d;
        for (var i = 0; i < ring.Length - 1; i++) sum += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        return sum / 2;
    }
}

/// <summary>
/// A region as the map draws it: its shape as an SVG path in the map's units (the page draws it as it is), the same
/// rings for the chart images, its area, and where its label goes.
/// </summary>
public sealed record MapRegion(short Id, string Code, string Path, double LabelX, double LabelY)
{
    [JsonIgnore]
    public IReadOnlyList<MapRing> Rings { get; init; } = [];

    /// <summary>The area of its boundaries in square units: larger regions are drawn first, so one lying in another's hole shows.</summary>
    public double Area => Math.Round(Rings.Where(r => !r.Hole).Sum(r => r.Area), 1);
}

/// <summary>
/// The regions' map, projected once on the server so the page, the slides and the images draw the same shapes:
/// "outlines" when every region has an outline, else "tiles" (one square per region at its cell). Width and height
/// are the map's extent in its units (at most 1,000 either way).
/// </summary>
public sealed record MapLayout(string Kind, double Width, double Height, IReadOnlyList<MapRegion> Regions)
{
    public const double Size = 1000;
    public static readonly MapLayout Empty = new("tiles", 0, 0, []);

    public static MapLayout Of(IReadOnlyList<RegionPlace> places)
    {
        if (places.Count == 0) return Empty;
        var outlines = new List<(RegionPlace Place, List<List<Position[]>> Polygons)>();
        foreach (var place in places)
        {
            if (place.Outline is null) return TileLayout.Of(places);
            using var json = JsonDocument.Parse(place.Outline);
            if (!RegionOutline.TryRead(json.RootElement, out var polygons, out _)) return TileLayout.Of(places);
            outlines.Add((place, polygons));
        }
        return OutlineProjection.Of(outlines);
    }

    /// <summary>The rings as an SVG path, "M x y L x y … Z" each, numbers to a tenth of a unit (drawn even-odd: holes stay open).</summary>
    public static string PathOf(IEnumerable<MapRing> rings)
    {
        var path = new StringBuilder();
        foreach (var ring in rings.Select(r => r.Points))
        {
            for (var i = 0; i < ring.Length; i++)
                path.Append(i == 0 ? (path.Length > 0 ? " M" : "M") : " L").Append(Number(ring[i].X)).Append(' ').Append(Number(ring[i].Y));
            path.Append(" Z");
        }
        return path.ToString();
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
