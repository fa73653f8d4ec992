using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// A small, hand-made court system: regions North (1) and South (2); courts 11 and 12 in North, 21 in South;
/// categories civil (1) and criminal (2).
/// </summary>
public static class CourtSystemFixture
{
    public static async Task SeedAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO regions (id, code, name, population) VALUES (1, 'N', 'North', 1000000), (2, 'S', 'South', 500000);
            INSERT INTO courts (id, code, name, region_id, level, population_served, judges) VALUES
                (11, 'N-1', 'North District 1', 1, 'district', 600000, 12),
                (12, 'N-2', 'North Regional', 1, 'regional', 1000000, 20),
                (21, 'S-1', 'South District 1', 2, 'district', 500000, 9);
            INSERT INTO case_categories (id, code, name) VALUES (1, 'civil', 'Civil'), (2, 'criminal', 'Criminal');
            """);
    }

    /// <summary>
    /// This month's cases of the alert tests: the nation has 4 filed and 2 resolved (clearance 50 %); court 11 has 2
    /// filed and 2 resolved (100 %); civil in the nation: 3 filed, 1 resolved (33.3 %).
    /// </summary>
    public static Task AddThisMonthsCasesAsync(NpgsqlDataSource db) => AddCasesAsync(db,
        ("a", 11, 1, Months.Day(0, 1), Months.Day(0, 1)), ("b", 11, 2, Months.Day(0, 1), Months.Day(0, 1)),
        ("c", 12, 1, Months.Day(0, 1), null), ("d", 21, 1, Months.Day(0, 1), null));

    /// <summary>Inserts cases as (source id, court, category, filed, disposed or null), all filed on paper.</summary>
    public static async Task AddCasesAsync(NpgsqlDataSource db, params (string Id, int Court, int Category, string Filed, string? Disposed)[] cases)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel)
            VALUES ('fixture', @Id, @Court, @Category, @Filed::date, @Disposed::date, 'paper')
            """, cases.Select(c => new { c.Id, c.Court, Category = (short)c.Category, c.Filed, c.Disposed }));
    }
}
