using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// Hand-made cases for the duration and pending-age tests, on CourtSystemFixture's courts (11, 12 North; 21 South)
/// with time standards civil 180/365/540 days (75/90/98 %) and criminal 90/180/365 days (75/90/98 %).
/// duration = disposed − filed, in days.
///   A1…A9 court 11 civil,    disposed 2025-03-01 + 3 days each, durations  5 30 30 120 181 200 365 400 600
///   B1…B5 court 12 criminal, disposed 2025-03-05 + 5 days each, durations 10 60 91 150 200
///   C1 C2 C3 court 21 civil, disposed 2025-04-10, 04-25, 05-02,   durations 50 70 3
///   P1…P6 pending: P1 11 civil filed 2025-03-20, P2 11 civil 2024-12-01, P3 21 civil 2024-06-30,
///                  P4 11 civil 2023-09-01, P5 12 criminal 2024-03-01, P6 12 criminal 2025-01-15
/// </summary>
public static class DurationFixture
{
    public static async Task SeedAsync(NpgsqlDataSource db)
    {
        await CourtSystemFixture.SeedAsync(db);
        await using (var connection = await db.OpenConnectionAsync())
            await connection.ExecuteAsync("""
                INSERT INTO time_standards (category_id, within_days, target_share) VALUES
                    (1, 180, 0.75), (1, 365, 0.90), (1, 540, 0.98),
                    (2,  90, 0.75), (2, 180, 0.90), (2, 365, 0.98);
                """);
        await CourtSystemFixture.AddCasesAsync(db,
            ("A1", 11, 1, "2025-02-24", "2025-03-01"),
            ("A2", 11, 1, "2025-02-02", "2025-03-04"),
            ("A3", 11, 1, "2025-02-05", "2025-03-07"),
            ("A4", 11, 1, "2024-11-10", "2025-03-10"),
            ("A5", 11, 1, "2024-09-13", "2025-03-13"),
            ("A6", 11, 1, "2024-08-28", "2025-03-16"),
            ("A7", 11, 1, "2024-03-19", "2025-03-19"),
            ("A8", 11, 1, "2024-02-16", "2025-03-22"),
            ("A9", 11, 1, "2023-08-03", "2025-03-25"),
            ("B1", 12, 2, "2025-02-23", "2025-03-05"),
            ("B2", 12, 2, "2025-01-09", "2025-03-10"),
            ("B3", 12, 2, "2024-12-14", "2025-03-15"),
            ("B4", 12, 2, "2024-10-21", "2025-03-20"),
            ("B5", 12, 2, "2024-09-06", "2025-03-25"),
            ("C1", 21, 1, "2025-02-19", "2025-04-10"),
            ("C2", 21, 1, "2025-02-14", "2025-04-25"),
            ("C3", 21, 1, "2025-04-29", "2025-05-02"),
            ("P1", 11, 1, "2025-03-20", null),
            ("P2", 11, 1, "2024-12-01", null),
            ("P3", 21, 1, "2024-06-30", null),
            ("P4", 11, 1, "2023-09-01", null),
            ("P5", 12, 2, "2024-03-01", null),
            ("P6", 12, 2, "2025-01-15", null));
    }
}
