using CourtMetrics.Metrics;
using Dapper;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// A region is read from its own stored histograms (migration 0036) and a month partly inside the asked days is
/// taken whole less its days outside when those are fewer: both give exactly what the cases give. Hand-computed on
/// DurationFixture (North = courts 11 and 12, South = court 21), quantiles as in CaseDurationMeasuresTests.
/// </summary>
public sealed class RegionAndPartialMonthDurationsTests(CaseDurationsApp app) : IClassFixture<CaseDurationsApp>
{
    private static readonly string[] Measures =
        ["duration_p50", "duration_p75", "duration_p90", "duration_p98", "duration_mean", "within_standard_1", "within_standard_2", "within_standard_3"];

    private Task<MeasureSeries> ReadAsync(int[]? courts, short? region, string granularity, string from, string to) =>
        app.Get<MeasureReader>().ReadAsync(new MeasureQuery("case-durations", courts, region, null, granularity,
            DateOnly.Parse(from), DateOnly.Parse(to)));

    private static void AssertValue(double expected, MeasurePoint point, string measure) =>
        Assert.Equal(expected, point.Values[measure] ?? double.NaN, 9);

    [Fact]
    public async Task A_month_less_its_first_day_drops_that_days_dispositions()
    {
        // 03-02…03-31: March less A1 (5 days, 03-01). 10 30 30 60 91 120 150 181 200 200 365 400 600, N = 13.
        foreach (var (courts, region) in new (int[]?, short?)[] { (null, null), (null, 1), ([11, 12], null) })
        {
            var point = Assert.Single((await ReadAsync(courts, region, "range", "2025-03-02", "2025-03-31")).Points);
            AssertValue(150, point, "duration_p50");            // h = 7 → x7
            AssertValue(282.5, point, "duration_p75");          // h = 10.5 → 200 + 0.5·165
            AssertValue(2437 / 13.0, point, "duration_mean");   // 2442 − 5
            AssertValue(5 / 13.0, point, "within_standard_1");  // civil ≤180: 30 30 120; criminal ≤90: 10 60
        }
    }

    [Fact]
    public async Task A_month_to_a_day_before_its_end_drops_the_later_dispositions()
    {
        // 03-01…03-24: March less A9 (600) and B5 (200), both 03-25. 5 10 30 30 60 91 120 150 181 200 365 400, N = 12.
        foreach (var granularity in new[] { "month", "range", "quarter" })
        {
            var point = Assert.Single((await ReadAsync(null, 1, granularity, "2025-03-01", "2025-03-24")).Points);
            AssertValue(105.5, point, "duration_p50");          // h = 6.5 → 91 + 0.5·29
            AssertValue(1642 / 12.0, point, "duration_mean");   // 2442 − 600 − 200
            AssertValue(6 / 12.0, point, "within_standard_1");  // civil ≤180: 5 30 30 120; criminal ≤90: 10 60
        }
        // One court: A1…A8 = 5 30 30 120 181 200 365 400, N = 8: h = 4.5 → 120 + 0.5·61.
        AssertValue(150.5, Assert.Single((await ReadAsync([11], null, "range", "2025-03-01", "2025-03-24")).Points), "duration_p50");
    }

    [Fact]
    public async Task A_region_answers_as_the_set_of_its_courts_for_every_granularity()
    {
        (string Granularity, string From, string To)[] grids =
        [
            ("month", "2025-01-01", "2025-06-30"), ("month", "2025-03-10", "2025-05-20"), ("quarter", "2025-01-01", "2025-12-31"),
            ("year", "2024-06-01", "2025-12-31"), ("range", "2025-03-02", "2025-04-24"), ("day", "2025-03-01", "2025-04-30"),
        ];
        foreach (var (granularity, from, to) in grids)
            foreach (var (region, courts) in new (short, int[])[] { (1, [11, 12]), (2, [21]) })
            {
                var byRegion = await ReadAsync(null, region, granularity, from, to);
                var byCourts = await ReadAsync(courts, null, granularity, from, to);
                Assert.Equal(byCourts.Points.Select(p => p.PeriodStart), byRegion.Points.Select(p => p.PeriodStart));
                foreach (var (r, c) in byRegion.Points.Zip(byCourts.Points))
                    foreach (var measure in Measures)
                        Assert.True(Nullable.Equals(r.Values[measure], c.Values[measure]),
                            $"region {region} {granularity} {from}…{to} {r.PeriodStart} {measure}: {r.Values[measure]} vs courts {c.Values[measure]}");
            }
        // South's second quarter: C1 50, C2 70, C3 3 → 3 50 70, h = 2 → 50.
        var south = await ReadAsync(null, 2, "quarter", "2025-04-01", "2025-06-30");
        AssertValue(50, Assert.Single(south.Points), "duration_p50");
    }

    [Fact]
    public async Task A_court_moved_to_another_region_takes_its_resolved_cases_along()
    {
        async Task MoveAsync(short region)
        {
            await using (var connection = await app.DataSource.OpenConnectionAsync())
                await connection.ExecuteAsync("UPDATE courts SET region_id = @region WHERE id = 21", new { region });
            await app.AggregateAsync();
        }

        try
        {
            await MoveAsync(1);
            // North now holds C1 50, C2 70, C3 3 too: its year is the nation's, South has nothing left.
            var north = Assert.Single((await ReadAsync(null, 1, "year", "2025-01-01", "2025-12-31")).Points);
            var nation = Assert.Single((await ReadAsync(null, null, "year", "2025-01-01", "2025-12-31")).Points);
            Assert.Equal(nation.Values, north.Values);
            Assert.Null(Assert.Single((await ReadAsync(null, 2, "year", "2025-01-01", "2025-12-31")).Points).Values["duration_p50"]);
        }
        finally
        {
            await MoveAsync(2);
        }
        AssertValue(50, Assert.Single((await ReadAsync(null, 2, "quarter", "2025-04-01", "2025-06-30")).Points), "duration_p50");
    }
}
