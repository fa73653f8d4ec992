using CourtMetrics.CourtSystem;

namespace CourtMetrics.Maps;

/// <summary>
/// Outlines on the map: longitude and latitude projected equirectangularly (longitudes shrunk by the cosine of the
/// country's middle latitude, which keeps a country's shape true enough at this scale), fitted into 1,000 units,
/// then simplified (Douglas–Peucker, to a third of a unit: less than a pixel on a 4K screen) so a surveyed boundary of
/// thousands of points costs the page and the images a few hundred. A country across the 180th meridian is not
/// handled: its outline would span the globe.
/// </summary>
public static class OutlineProjection
{
    private const double Tolerance = 0.35;

    public static MapLayout Of(IReadOnlyList<(RegionPlace Place, List<List<Position[]>> Polygons)> outlines)
    {
        var all = outlines.SelectMany(o => o.Polygons).SelectMany(p => p).SelectMany(r => r).ToList();
        var (west, east) = (all.Min(p => p.Lon), all.Max(p => p.Lon));
        var (south, north) = (all.Min(p => p.Lat), all.Max(p => p.Lat));
        var shrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        var scale = MapLayout.Size / Math.Max(1e-9, Math.Max((east - west) * shrink, north - south));
        MapPoint Project(Position p) => new((p.Lon - west) * shrink * scale, (north - p.Lat) * scale);

        var regions = outlines.OrderBy(o => o.Place.Code, StringComparer.Ordinal).Select(o =>
        {
            var rings = o.Polygons.SelectMany(p => p.Select((r, i) => new MapRing(Simplify(r.Select(Project).ToArray()), i > 0))).ToList();
            var largest = rings.Where(r => !r.Hole).MaxBy(r => r.Area)!;
            // Specks (islands or holes of less than a square unit) are not drawn; the region's largest ring always is.
            var drawn = rings.Where(r => r == largest || r.Area >= 1).ToList();
            var (x, y) = Centroid(largest.Points);
            return new MapRegion(o.Place.Id, o.Place.Code, MapLayout.PathOf(drawn), Math.Round(x, 1), Math.Round(y, 1)) { Rings = drawn };
        }).ToList();
        return new MapLayout("outlines", Math.Round((east - west) * shrink * scale, 1), Math.Round((north - south) * scale, 1), regions);
    }

    /// <summary>The centre of mass of a ring, where its label goes; the mean of its points for a degenerate one.</summary>
    private static (double X, double Y) Centroid(MapPoint[] ring)
    {
        var area = MapRing.SignedArea(ring);
        if (Math.Abs(area) < 1e-9) return (ring.Average(p => p.X), ring.Average(p => p.Y));
        double x = 0, y = 0;
        for (var i = 0; i < ring.Length - 1; i++)
        {
            var cross = ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
            x += (ring[i].X + ring[i + 1].X) * cross;
            y += (ring[i].Y + ring[i + 1].Y) * cross;
        }
        return (x / (6 * area), y / (6 * area));
    }

    /// <summary>Douglas–Peucker on a closed ring (its first and last points kept), iterative so a long ring cannot overflow the stack.</summary>
    private static MapPoint[] Simplify(MapPoint[] ring)
    {
        if (ring.Length <= 4) return ring;
        var keep = new bool[ring.Length];
        keep[0] = keep[^1] = true;
        // A closed ring's ends coincide: split it at its farthest point from the start first.
        var far = Enumerable.Range(1, ring.Length - 2).MaxBy(i => Distance2(ring[i], ring[0]));
        keep[far] = true;
        var spans = new Stack<(int From, int To)>([(0, far), (far, ring.Length - 1)]);
        while (spans.TryPop(out var span))
        {
            var (index, distance) = (-1, Tolerance * Tolerance);
            for (var i = span.From + 1; i < span.To; i++)
            {
                var d = SegmentDistance2(ring[i], ring[span.From], ring[span.To]);
                if (d > distance) (index, distance) = (i, d);
            }
            if (index < 0) continue;
            keep[index] = true;
            spans.Push((span.From, index));
            spans.Push((index, span.To));
        }
        var kept = ring.Where((_, i) => keep[i]).ToArray();
        return kept.Length >= 4 ? kept : ring;
    }

    private static double Distance2(MapPoint a, MapPoint b) => (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y);

    private static double SegmentDistance2(MapPoint p, MapPoint a, MapPoint b)
    {
        var length2 = Distance2(a, b);
        if (length2 == 0) return Distance2(p, a);
        var t = Math.Clamp(((p.X - a.X) * (b.X - a.X) + (p.Y - a.Y) * (b.Y - a.Y)) / length2, 0, 1);
        return Distance2(p, new MapPoint(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y)));
    }
}
