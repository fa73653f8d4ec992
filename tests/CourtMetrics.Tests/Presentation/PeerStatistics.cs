using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.Presentation;

/// <summary>
/// Yearly statistics of two peer countries, as an import would store them. 2023: Westland 900 resolved of 1,000
/// incoming (clearance 90.0 %), Eastland 1,100 of 1,000 (110.0 %).
/// </summary>
public static class PeerStatistics
{
    public static async Task SeedAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO statistics_units (code, name, kind) VALUES ('WL', 'Westland', 'country'), ('EL', 'Eastland', 'country');
            INSERT INTO yearly_statistics (unit_id, year, incoming, resolved, pending_start, pending_end, spending, population)
            SELECT id, 2023, 1000, resolved, 500, 500 + 1000 - resolved, 5000000, 100000
            FROM statistics_units JOIN (VALUES ('WL', 900), ('EL', 1100)) AS v (code, resolved) USING (code);
            """);
    }
}
