using System.Text.Json;
using CourtMetrics.CourtSystem;
using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Maps;

/// <summary>
/// A hand-made court system written through the court-system store, with known figures since the start of last month:
/// North (tile 0,0, with an outline) 2 filed and 2 resolved, clearance 100.0 %, meeting the default target of 100 %;
/// South (tile 1,0) 2 filed and 1 resolved, 50.0 %, missing it; East (tile 2,0) no cases: no data. South has no
/// outline, so the map is a tile map.
/// </summary>
public static class MapCourtSystem
{
    public static readonly JsonElement NorthOutline = JsonDocument.Parse(
        """{"type": "Polygon", "coordinates": [[[60, 52], [70, 52], [70, 55], [60, 55], [60, 52]]]}""").RootElement;

    private static Names Three(string en, string kk, string ru) => new(new Dictionary<string, string> { ["en"] = en, ["kk"] = kk, ["ru"] = ru });

    public static CourtSystemDocument Document => new(
        Languages: ["en", "kk", "ru"], Currency: "KZT", FiscalYearStartMonth: 1,
        Levels: [new LevelEntry("district", Three("District court", "Аудандық сот", "Районный суд"))],
        Regions:
        [
            new RegionEntry("N", Three("North", "Солтүстік", "Север"), Outline: NorthOutline, Tile: new TilePosition(0, 0)),
            new RegionEntry("S", Three("South", "Оңтүстік", "Юг"), Tile: new TilePosition(1, 0)),
            new RegionEntry("E", Three("East", "Шығыс", "Восток"), Tile: new TilePosition(2, 0)),
        ],
        Courts:
        [
            new CourtEntry("N-1", Three("North Court", "Солтүстік соты", "Северный суд"), "N", "district"),
            new CourtEntry("S-1", Three("South Court", "Оңтүстік соты", "Южный суд"), "S", "district"),
            new CourtEntry("E-1", Three("East Court", "Шығыс соты", "Восточный суд"), "E", "district"),
        ],
        Categories: [new CategoryEntry("civil", Three("Civil", "Азаматтық", "Гражданские"), [new TimeStandard(365, 0.9m)])]);

    /// <summary>Writes the court system and the cases; the caller aggregates.</summary>
    public static async Task SeedAsync(AppFactory app)
    {
        var outcome = await app.Get<CourtSystemStore>().ApplyAsync(CourtSystemFile.Of(Document), dryRun: false);
        Assert.True(outcome.Written, string.Join("; ", outcome.Problems));
        await AddCasesAsync(app.DataSource, ("n1", "N-1", Day(1, 2), Day(0, 1)), ("n2", "N-1", Day(0, 1), Day(0, 1)),
            ("s1", "S-1", Day(1, 2), Day(0, 1)), ("s2", "S-1", Day(0, 1), null));
    }

    public static async Task AddCasesAsync(NpgsqlDataSource db, params (string Id, string Court, string Filed, string? Disposed)[] cases)
    {
        await using var connection = await db.OpenConnectionAsync();
        var courts = (await connection.QueryAsync<(string Code, int Id)>("SELECT code, id FROM courts")).ToDictionary(c => c.Code, c => c.Id);
        var civil = await connection.ExecuteScalarAsync<short>("SELECT id FROM case_categories WHERE code = 'civil'");
        await CourtSystemFixture.AddCasesAsync(db, cases.Select(c => (c.Id, courts[c.Court], (int)civil, c.Filed, c.Disposed)).ToArray());
    }

    public static async Task<short> RegionIdAsync(NpgsqlDataSource db, string code)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<short>("SELECT id FROM regions WHERE code = @code", new { code });
    }
}
