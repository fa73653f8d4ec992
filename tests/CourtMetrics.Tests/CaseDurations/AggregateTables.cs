using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>The rows of every incremental aggregate table (case-flow, case-durations, pending-age, digital-access), for comparing with a rebuild.</summary>
public static class AggregateTables
{
    private static readonly (string Table, string Columns)[] Tables =
    [
        ("case_flow_daily", "court_id, category_id, day, incoming, resolved"),
        ("case_flow_monthly", "court_id, category_id, month, incoming, resolved"),
        // A view since migration 0021: the court cells' durations counted per day, so cells compare as multisets.
        ("case_duration_monthly", "court_id, category_id, month, days, cases"),
        ("case_duration_area_monthly", "region_id, month, category_id, days, cases"),
        ("case_duration_area_blocks", "region_id, month, category_id, block, cases, total_days, cum, cum_days"),
        ("digital_access_daily", "court_id, category_id, day, filed, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved, resolved_published, hearings, video_hearings, portal_visits"),
        ("pending_age_daily", "court_id, category_id, day, from_0, from_91, from_181, from_366, from_541, backlog"),
        ("pending_age_monthly", "court_id, category_id, month, from_0, from_91, from_181, from_366, from_541, backlog"),
        ("pending_age_backlog_from", "category_id, from_age"),
        ("digital_access_monthly", "court_id, category_id, month, filed, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved, resolved_published, hearings, video_hearings, portal_visits"),
    ];

    public static async Task<Dictionary<string, List<string>>> ReadAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        var rows = new Dictionary<string, List<string>>();
        foreach (var (table, columns) in Tables)
            rows[table] = (await connection.QueryAsync<string>(
                $"SELECT concat_ws(' ', {columns}) FROM {table} ORDER BY {columns}")).ToList();
        return rows;
    }

    /// <summary>The nation's rows (court 0, migration 0035) of each court-day table, and the sums of its courts' rows
    /// where they differ; empty when every national row is the sum of the courts'.</summary>
    public static async Task<List<string>> NationalRowsOffAsync(NpgsqlDataSource db)
    {
        (string Table, string Key, string Values)[] tables =
        [
            ("case_flow_daily", "category_id, day", "incoming, resolved"),
            ("case_flow_monthly", "category_id, month", "incoming, resolved"),
            ("digital_access_daily", "category_id, day", "filed, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved, resolved_published, hearings, video_hearings, portal_visits"),
            ("digital_access_monthly", "category_id, month", "filed, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved, resolved_published, hearings, video_hearings, portal_visits"),
            ("pending_age_daily", "category_id, day", "from_0, from_91, from_181, from_366, from_541, backlog"),
            ("pending_age_monthly", "category_id, month", "from_0, from_91, from_181, from_366, from_541, backlog"),
        ];
        await using var connection = await db.OpenConnectionAsync();
        var off = new List<string>();
        foreach (var (table, key, values) in tables)
        {
            var sums = string.Join(", ", values.Split(", ").Select(v => $"sum({v})::bigint"));
            off.AddRange(await connection.QueryAsync<string>($"""
                SELECT '{table} ' || concat_ws(' ', {key}) || ': nation ' || coalesce(n.v, '-') || ', courts ' || coalesce(c.v, '-')
                FROM (SELECT {key}, concat_ws(' ', {sums}) AS v FROM {table} WHERE court_id = 0 GROUP BY {key}) n
                FULL JOIN (SELECT {key}, concat_ws(' ', {sums}) AS v FROM {table} WHERE court_id > 0 GROUP BY {key}
                           HAVING ({sums}) IS DISTINCT FROM ({string.Join(", ", values.Split(", ").Select(_ => "0"))})) c USING ({key})
                WHERE n.v IS DISTINCT FROM c.v
                LIMIT 5
                """));
        }
        return off;
    }

    /// <summary>Fails naming the table and the first rows only one side has.</summary>
    public static void AssertEqual(Dictionary<string, List<string>> rebuilt, Dictionary<string, List<string>> incremental, string context)
    {
        foreach (var (table, expected) in rebuilt)
        {
            var actual = incremental[table];
            if (expected.SequenceEqual(actual)) continue;
            var missing = expected.Except(actual).Take(5);
            var extra = actual.Except(expected).Take(5);
            Assert.Fail($"{context}{table}: incremental differs from the rebuild ({actual.Count} vs {expected.Count} rows); " +
                        $"rebuild only: [{string.Join("; ", missing)}]; incremental only: [{string.Join("; ", extra)}]");
        }
    }
}
