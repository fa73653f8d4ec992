using Dapper;
using Npgsql;

namespace CourtMetrics.Benchmarks;

public sealed record WatchedCourt(int Id, string Code, int Region);

/// <summary>
/// The courts the dashboard benchmarks watch and mark events in, of the demo court system: two district courts of
/// region A and one of region B, so court, region and nation views all see marked events; and region C, which sees
/// none of them. With every court's and category's code, for generated events.
/// </summary>
public sealed record WatchedCourts(WatchedCourt A1, WatchedCourt A2, WatchedCourt B1, int RegionC, string[] Courts, string[] Categories)
{
    public WatchedCourt[] Marked => [A1, A2, B1];

    /// <summary>Nation, regions A, B, C, courts A1, A2, B1.</summary>
    public string[] Scopes => ["nation", $"region:{A1.Region}", $"region:{B1.Region}", $"region:{RegionC}",
        $"court:{A1.Id}", $"court:{A2.Id}", $"court:{B1.Id}"];

    public static bool Sees(string scope, WatchedCourt court) =>
        scope == "nation" || scope == $"region:{court.Region}" || scope == $"court:{court.Id}";

    public static async Task<WatchedCourts> ReadAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        var districts = (await connection.QueryAsync<WatchedCourt>(
            "SELECT id::int, code, region_id::int AS region FROM courts WHERE level = 'district' ORDER BY region_id, id")).ToList();
        var (a1, a2) = (districts[0], districts[1]);
        var b1 = districts.First(c => c.Region != a1.Region);
        var regionC = districts.First(c => c.Region != a1.Region && c.Region != b1.Region).Region;
        return new WatchedCourts(a1, a2, b1, regionC,
            [.. await connection.QueryAsync<string>("SELECT code FROM courts ORDER BY id")],
            [.. await connection.QueryAsync<string>("SELECT code FROM case_categories ORDER BY id")]);
    }
}
