using CourtMetrics.Jobs;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>Reopenings, corrected and impossible dispositions on DurationFixture, aggregated incrementally.</summary>
public sealed class CaseDurationChangesTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await DurationFixture.SeedAsync(App.DataSource);
        await App.AggregateAsync();
    }

    private async Task<MeasurePoint> MonthAsync(string family, string from, string to, int[]? courts = null) =>
        Assert.Single((await App.Get<MeasureReader>().ReadAsync(
            new MeasureQuery(family, courts, null, null, "range", DateOnly.Parse(from), DateOnly.Parse(to)))).Points);

    private async Task<List<string>> HistogramAsync(string where)
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<string>(
            $"SELECT concat_ws(' ', court_id, category_id, month, days, cases) FROM case_duration_monthly WHERE {where} ORDER BY 1")).ToList();
    }

    [Fact]
    public async Task A_reopened_case_and_a_corrected_disposition_date_leave_the_histograms_right()
    {
        await using (var connection = await App.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE cases SET disposed_on = NULL WHERE source_id = 'A9'");          // reopened: 600 days gone
            await connection.ExecuteAsync("UPDATE cases SET disposed_on = '2025-04-02' WHERE source_id = 'B5'");  // 03-25 → 04-02: 200 → 208 days
        }
        await App.AggregateAsync();

        Assert.DoesNotContain("11 1 2025-03-01 600 1", await HistogramAsync("court_id = 11"));
        Assert.Equal(["12 2 2025-03-01 10 1", "12 2 2025-03-01 150 1", "12 2 2025-03-01 60 1", "12 2 2025-03-01 91 1", "12 2 2025-04-01 208 1"],
            await HistogramAsync("court_id = 12"));
        // March now: 5 10 30 30 60 91 120 150 181 200 365 400, N = 12: h = 6.5 → 91 + 0.5·(120 − 91) = 105.5.
        var march = await MonthAsync("case-durations", "2025-03-01", "2025-03-31");
        Assert.Equal(105.5, march.Values["duration_p50"]);
        // April: C1 50, C2 70, B5 208: h = 2 → 70.
        Assert.Equal(70, (await MonthAsync("case-durations", "2025-04-01", "2025-04-30")).Values["duration_p50"]);
        // The reopened A9 (filed 2023-08-03) is pending again at 2025-03-31 at 606 days: over 540 and in the backlog.
        var pending = await MonthAsync("pending-age", "2025-03-01", "2025-03-31", [11]);
        Assert.Equal(2, pending.Values["pending_age_over_540"]);                                     // P4 577, A9 606
        Assert.Equal(2 / 4.0, pending.Values["backlog_share"]);                                      // P1, P2, P4, A9
        await AssertIncrementalEqualsRebuildAsync();
    }

    [Fact]
    public async Task A_withdrawn_disposition_and_a_deleted_case_empty_their_bins()
    {
        await using (var connection = await App.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE cases SET disposed_on = NULL WHERE source_id LIKE 'C%'");
            await connection.ExecuteAsync("DELETE FROM cases WHERE source_id LIKE 'B%'");
        }
        await App.AggregateAsync();

        Assert.Empty(await HistogramAsync("court_id IN (12, 21)"));
        Assert.Null((await MonthAsync("case-durations", "2025-04-01", "2025-05-31")).Values["duration_p50"]);
        await AssertIncrementalEqualsRebuildAsync();
    }

    [Fact]
    public async Task A_disposition_before_its_filing_is_rejected_and_never_a_negative_duration()
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();

        var insert = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel)
            VALUES ('fixture', 'X', 11, 1, '2025-03-10', '2025-03-09', 'paper')
            """));
        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("UPDATE cases SET disposed_on = '2025-01-01' WHERE source_id = 'A1'"));
        await App.AggregateAsync();

        Assert.Equal((PostgresErrorCodes.CheckViolation, "cases_disposed_after_filed"), (insert.SqlState, insert.ConstraintName));
        Assert.Equal(PostgresErrorCodes.CheckViolation, update.SqlState);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM case_duration_monthly WHERE days < 0"));
        Assert.Contains("11 1 2025-03-01 5 1", await HistogramAsync("court_id = 11"));
    }

    [Fact]
    public async Task Pending_cases_with_the_same_category_filing_and_disposal_days_are_each_counted()
    {
        var before = await MonthAsync("pending-age", "2025-03-01", "2025-03-31", [11]);
        // Two twins of P4 (civil, filed 2023-09-01, open: 577 days at 2025-03-31) and two civil cases filed on
        // 2025-03-01 and both decided on 2025-04-10 (30 days old and pending at 2025-03-31).
        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("P4-twin-1", 11, 1, "2023-09-01", null), ("P4-twin-2", 11, 1, "2023-09-01", null),
            ("D-twin-1", 11, 1, "2025-03-01", "2025-04-10"), ("D-twin-2", 11, 1, "2025-03-01", "2025-04-10"));
        await App.AggregateAsync();

        var after = await MonthAsync("pending-age", "2025-03-01", "2025-03-31", [11]);
        Assert.Equal(before.Values["pending_age_over_540"] + 2, after.Values["pending_age_over_540"]);
        Assert.Equal(before.Values["pending_age_0_90"] + 2, after.Values["pending_age_0_90"]);
        // Court 11 had P1, P2, P4 pending (P4 in the backlog, civil over 540 days): now 7 pending, 3 in the backlog.
        Assert.Equal(1 / 3.0, before.Values["backlog_share"] ?? double.NaN, 9);
        Assert.Equal(3 / 7.0, after.Values["backlog_share"] ?? double.NaN, 9);
    }

    private async Task AssertIncrementalEqualsRebuildAsync()
    {
        var incremental = await AggregateTables.ReadAsync(App.DataSource);
        await App.RebuildAsync();
        AggregateTables.AssertEqual(await AggregateTables.ReadAsync(App.DataSource), incremental, "");
    }
}
