namespace CourtMetrics.Maps;

/// <summary>
/// The tile map: each region a square at its cell (column, row from the top left), a thin gap between squares. A
/// region without a cell is not left out: those are set in rows below the others, by code.
/// </summary>
public static class TileLayout
{
    public const double Cell = 100;
    private const double Gap = 6;

    public static MapLayout Of(IReadOnlyList<RegionPlace> places)
    {
        var placed = places.Where(p => p.TileColumn is not null && p.TileRow is not null)
            .Select(p => (Place: p, Column: (int)p.TileColumn!.Value, Row: (int)p.TileRow!.Value)).ToList();
        var loose = places.Where(p => p.TileColumn is null || p.TileRow is null).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var (left, top) = placed.Count > 0 ? (placed.Min(p => p.Column), placed.Min(p => p.Row)) : (0, 0);
        var cells = placed.Select(p => (p.Place, Column: p.Column - left, Row: p.Row - top)).ToList();
        // Below the placed ones, a row apart, as many to a row as the map is wide (at least five).
        var width = Math.Max(cells.Count > 0 ? cells.Max(c => c.Column) + 1 : 0, Math.Min(Math.Max(5, loose.Count), 10));
        var firstLoose = cells.Count > 0 ? cells.Max(c => c.Row) + 2 : 0;
        cells.AddRange(loose.Select((p, i) => (p, i % width, firstLoose + i / width)));
        var rows = cells.Max(c => c.Row) + 1;
        var columns = cells.Max(c => c.Column) + 1;
        // Cells of 100 units while the map fits 1,000 both ways; a larger grid shrinks to fit.
        var cell = Math.Min(Cell, MapLayout.Size / Math.Max(rows, columns));
        var regions = cells.OrderBy(c => c.Place.Code, StringComparer.Ordinal).Select(c =>
        {
            var (x, y, gap) = (c.Column * cell, c.Row * cell, Gap * cell / Cell / 2);
            var square = new MapRing([new(x + gap, y + gap), new(x + cell - gap, y + gap), new(x + cell - gap, y + cell - gap),
                new(x + gap, y + cell - gap), new(x + gap, y + gap)], false);
            return new MapRegion(c.Place.Id, c.Place.Code, MapLayout.PathOf([square]), x + cell / 2, y + cell / 2) { Rings = [square] };
        }).ToList();
        return new MapLayout("tiles", columns * cell, rows * cell, regions);
    }
}
