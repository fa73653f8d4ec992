using System.Text.Json;
using CourtMetrics.Site;

namespace CourtMetrics.CourtSystem;

/// <summary>A point of an outline: longitude and latitude in degrees.</summary>
public readonly record struct Position(double Lon, double Lat);

/// <summary>
/// A region's outline as the court-system file gives it — a GeoJSON Polygon or MultiPolygon, or a Feature with one, in
/// longitude and latitude — read into polygons, each a list of rings (the first its boundary, the others its holes).
/// The rules check a file with it and the map draws what it reads, so what is accepted is what can be drawn.
/// </summary>
public static class RegionOutline
{
    /// <summary>Points in one outline: a simplified boundary needs a few thousand; a survey's full detail is refused.</summary>
    public const int MaxPoints = 250_000;

    public static bool TryRead(JsonElement outline, out List<List<Position[]>> polygons, out Phrase? problem)
    {
        polygons = [];
        problem = null;
        if (outline.ValueKind != JsonValueKind.Object || !outline.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            return Fail(out problem, "ruleOutline");
        if (type.GetString() == "Feature")
            return outline.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object
                ? TryRead(geometry, out polygons, out problem)
                : Fail(out problem, "ruleOutlineFeature");
        if (!outline.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
            return Fail(out problem, "ruleOutline");
        var points = 0;
        switch (type.GetString())
        {
            case "Polygon":
                return TryPolygon(coordinates, polygons, ref points, out problem);
            case "MultiPolygon":
                if (coordinates.GetArrayLength() == 0) return Fail(out problem, "ruleOutlineEmpty");
                foreach (var polygon in coordinates.EnumerateArray())
                    if (!TryPolygon(polygon, polygons, ref points, out problem)) return false;
                return true;
            default:
                return Fail(out problem, "ruleOutlineType", type.GetString());
        }
    }

    private static bool TryPolygon(JsonElement polygon, List<List<Position[]>> polygons, ref int points, out Phrase? problem)
    {
        if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
            return Fail(out problem, "ruleOutlinePolygon");
        var rings = new List<Position[]>();
        foreach (var ring in polygon.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
                return Fail(out problem, "ruleOutlineRing");
            points += ring.GetArrayLength();
            if (points > MaxPoints) return Fail(out problem, "ruleOutlinePoints", MaxPoints);
            var positions = new Position[ring.GetArrayLength()];
            var i = 0;
            foreach (var position in ring.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                    || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number
                    || position[0].GetDouble() is < -180 or > 180 || position[1].GetDouble() is < -90 or > 90)
                    return Fail(out problem, "ruleOutlinePosition", Shown(position));
                positions[i++] = new Position(position[0].GetDouble(), position[1].GetDouble());
            }
            rings.Add(positions);
        }
        polygons.Add(rings);
        problem = null;
        return true;
    }

    private static string Shown(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    /// <summary>A problem as a message of the string table, said in the reader's language.</summary>
    private static bool Fail(out Phrase? problem, string key, params object?[] args)
    {
        problem = new Phrase(key, args);
        return false;
    }
}
