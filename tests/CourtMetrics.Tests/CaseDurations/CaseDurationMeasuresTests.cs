using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.CaseDurations;

public sealed class CaseDurationsApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await DurationFixture.SeedAsync(DataSource);
        await AggregateAsync();
    }
}

/// <summary>
/// Hand-computed duration measures on DurationFixture. Quantiles as Python's
/// statistics.quantiles(method='exclusive'): h = p·(N+1), j = floor(h) clamped to 1…N−1,
/// value = x(j) + (h − j)·(x(j+1) − x(j)).
/// </summary>
public sealed class CaseDurationMeasuresTests(CaseDurationsApp app) : IClassFixture<CaseDurationsApp>
{
    private Task<MeasureSeries> ReadAsync(string family, int[]? courts, short? region, string? category, string granularity, string from, string to) =>
        app.Get<MeasureReader>().ReadAsync(new MeasureQuery(family, courts, region, category, granularity, DateOnly.Parse(from), DateOnly.Parse(to)));

    private static void AssertValue(double? expected, MeasurePoint point, string measure)
    {
        if (expected is null) Assert.Null(point.Values[measure]);
        else Assert.Equal(expected.Value, point.Values[measure] ?? double.NaN, 9);
    }

    [Fact]
    public async Task A_court_month_has_python_exclusive_quantiles_and_the_mean()
    {
        var march = Assert.Single((await ReadAsync("case-durations", [11], null, null, "month", "2025-03-01", "2025-03-31")).Points);

        // A: 5 30 30 120 181 200 365 400 600, N = 9.
        AssertValue(181, march, "duration_p50");      // h = 0.5·10 = 5 → x5 = 181
        AssertValue(382.5, march, "duration_p75");    // h = 7.5 → x7 + 0.5·(x8 − x7) = 365 + 0.5·35
        AssertValue(600, march, "duration_p90");      // h = 9 → j = 8 (clamped), 400 + 1·(600 − 400)
        AssertValue(760, march, "duration_p98");      // h = 9.8 → j = 8, 400 + 1.8·200: Python extrapolates
        AssertValue(1931 / 9.0, march, "duration_mean"); // (5+30+30+120+181+200+365+400+600) / 9
    }

    [Fact]
    public async Task The_nation_merges_the_histograms_of_its_courts_exactly()
    {
        var march = Assert.Single((await ReadAsync("case-durations", null, null, null, "month", "2025-03-01", "2025-03-31")).Points);

        // A ∪ B sorted: 5 10 30 30 60 91 120 150 181 200 200 365 400 600, N = 14.
        AssertValue(135, march, "duration_p50");      // h = 7.5 → x7 + 0.5·(x8 − x7) = 120 + 0.5·30
        AssertValue(241.25, march, "duration_p75");   // h = 11.25 → x11 + 0.25·(x12 − x11) = 200 + 0.25·165
        AssertValue(500, march, "duration_p90");      // h = 13.5 → x13 + 0.5·(x14 − x13) = 400 + 0.5·200
        AssertValue(740, march, "duration_p98");      // h = 14.7 → j = 13 (clamped), 400 + 1.7·200
        AssertValue(2442 / 14.0, march, "duration_mean"); // (1931 + 511) / 14
    }

    [Fact]
    public async Task Each_case_is_judged_against_its_own_categorys_time_standards()
    {
        var nation = Assert.Single((await ReadAsync("case-durations", null, null, null, "month", "2025-03-01", "2025-03-31")).Points);
        var civil = Assert.Single((await ReadAsync("case-durations", null, null, "civil", "month", "2025-03-01", "2025-03-31")).Points);
        var criminal = Assert.Single((await ReadAsync("case-durations", null, null, "criminal", "month", "2025-03-01", "2025-03-31")).Points);

        // Civil 180/365/540: of A, ≤180: 5 30 30 120 = 4; ≤365: + 181 200 365 = 7; ≤540: + 400 = 8; of 9.
        AssertValue(4 / 9.0, civil, "within_standard_1");
        AssertValue(7 / 9.0, civil, "within_standard_2");
        AssertValue(8 / 9.0, civil, "within_standard_3");
        // Criminal 90/180/365: of B, ≤90: 10 60 = 2; ≤180: + 91 150 = 4; ≤365: all 5; of 5.
        AssertValue(2 / 5.0, criminal, "within_standard_1");
        AssertValue(4 / 5.0, criminal, "within_standard_2");
        AssertValue(1.0, criminal, "within_standard_3");
        // All categories: (4 + 2) / 14, (7 + 4) / 14, (8 + 5) / 14 — not the civil tiers applied to criminal cases.
        AssertValue(6 / 14.0, nation, "within_standard_1");
        AssertValue(11 / 14.0, nation, "within_standard_2");
        AssertValue(13 / 14.0, nation, "within_standard_3");
    }

    [Fact]
    public async Task A_custom_range_with_partial_months_counts_only_its_days()
    {
        var range = Assert.Single((await ReadAsync("case-durations", null, null, null, "range", "2025-03-15", "2025-04-20")).Points);

        // Disposed 03-15…04-20: A6 200, A7 365, A8 400, A9 600, B3 91, B4 150, B5 200, C1 50 (not C2 on 04-25).
        // Sorted: 50 91 150 200 200 365 400 600, N = 8.
        AssertValue(200, range, "duration_p50");      // h = 4.5 → 200 + 0.5·(200 − 200)
        AssertValue(391.25, range, "duration_p75");   // h = 6.75 → 365 + 0.75·35
        AssertValue(620, range, "duration_p90");      // h = 8.1 → j = 7 (clamped), 400 + 1.1·200
        AssertValue(2056 / 8.0, range, "duration_mean");
        // Civil: 200 365 400 600 50 → ≤180: 1, criminal 91 150 200 → ≤90: 0; (1 + 0) / 8.
        AssertValue(1 / 8.0, range, "within_standard_1");
    }

    [Fact]
    public async Task Months_quarters_years_and_ranges_agree_where_they_cover_the_same_days()
    {
        var month = (await ReadAsync("case-durations", null, null, null, "month", "2025-03-01", "2025-03-31")).Points[0];
        var range = (await ReadAsync("case-durations", null, null, null, "range", "2025-03-01", "2025-03-31")).Points[0];
        var days = await ReadAsync("case-durations", null, null, null, "day", "2025-03-01", "2025-03-31");
        var quarter = await ReadAsync("case-durations", null, null, null, "quarter", "2025-01-01", "2025-06-30");

        Assert.Equal(month.Values, range.Values);
        Assert.Equal(31, days.Points.Count);
        AssertValue(400, days.Points.Single(p => p.PeriodStart == new DateOnly(2025, 3, 25)), "duration_p50"); // B5 200, A9 600: h = 1.5 → 200 + 0.5·400
        AssertValue(null, days.Points.Single(p => p.PeriodStart == new DateOnly(2025, 3, 2)), "duration_p50");
        // Q2: C1 50, C2 70, C3 3 → 3 50 70: h = 0.5·4 = 2 → x2 = 50; p75: h = 3 → j = 2, 50 + 1·20 = 70.
        AssertValue(50, quarter.Points[1], "duration_p50");
        AssertValue(70, quarter.Points[1], "duration_p75");
        Assert.Equal(month.Values["duration_p90"], quarter.Points[0].Values["duration_p90"]);
    }

    [Fact]
    public async Task An_empty_scope_or_period_has_no_percentiles_means_or_shares_not_zeros()
    {
        var empty = Assert.Single((await ReadAsync("case-durations", [998, 999], null, null, "range", "2025-01-01", "2025-12-31")).Points);
        var february = Assert.Single((await ReadAsync("case-durations", null, null, null, "month", "2025-02-01", "2025-02-28")).Points);

        foreach (var point in new[] { empty, february })
            foreach (var measure in new[] { "duration_p50", "duration_p75", "duration_p90", "duration_p98", "duration_mean", "within_standard_1", "within_standard_2", "within_standard_3" })
                Assert.Null(point.Values[measure]);
    }

    [Fact]
    public async Task Pending_cases_are_counted_by_age_at_each_period_end_with_the_backlog_share()
    {
        var north = await ReadAsync("pending-age", null, 1, null, "month", "2025-02-01", "2025-03-31");
        var nation = Assert.Single((await ReadAsync("pending-age", null, null, null, "range", "2025-03-01", "2025-03-31")).Points);

        // North at 2025-02-28: ages A1 4, A2 26, A3 23, B1 5, B2 50, B3 76, P2 89, P6 44 (8 of 0–90);
        // A4 110, A5 168, B4 130, B5 175 (4 of 91–180); A6 184, A7 346, P5 364 (3 of 181–365); A8 378; A9 575, P4 546.
        // Backlog: civil over 540 days: A9, P4; criminal over 365: none (P5 is 364) → 2 / 18.
        var february = north.Points[0];
        AssertCounts(february, 8, 4, 3, 1, 2);
        AssertValue(2 / 18.0, february, "backlog_share");
        // North at 2025-03-31: P1 11, P6 75 | P2 120 | – | P5 395 | P4 577. Backlog: P4 (civil > 540), P5 (criminal > 365).
        AssertCounts(north.Points[1], 2, 1, 0, 1, 1);
        AssertValue(2 / 5.0, north.Points[1], "backlog_share");
        // Nation at 2025-03-31 adds court 21: P3 274, and C1 40, C2 45 (disposed in April: pending at the end of March).
        AssertCounts(nation, 4, 1, 1, 1, 1);
        AssertValue(2 / 8.0, nation, "backlog_share");
    }

    [Fact]
    public async Task An_empty_scope_has_no_pending_cases_and_no_backlog_share()
    {
        var empty = Assert.Single((await ReadAsync("pending-age", [998, 999], null, null, "range", "2025-01-01", "2025-12-31")).Points);

        AssertCounts(empty, 0, 0, 0, 0, 0);
        Assert.Null(empty.Values["backlog_share"]);
    }

    private static void AssertCounts(MeasurePoint point, int to90, int to180, int to365, int to540, int over540) =>
        Assert.Equal(
            new double?[] { to90, to180, to365, to540, over540 },
            new[] { "pending_age_0_90", "pending_age_91_180", "pending_age_181_365", "pending_age_366_540", "pending_age_over_540" }
                .Select(m => point.Values[m]));
}
