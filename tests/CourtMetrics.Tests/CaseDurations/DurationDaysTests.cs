using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// The kept measures of an area's days (migration 0037, Jobs/DurationDays) give a daily grid exactly what its
/// cases give, and a day a change touches is read from its cases again until the job computes it anew.
/// Hand-computed values on DurationFixture as in CaseDurationMeasuresTests.
/// </summary>
public sealed class DurationDaysTests(CaseDurationsApp app) : IClassFixture<CaseDurationsApp>
{
    private static readonly string[] Measures =
        ["duration_p50", "duration_p75", "duration_p90", "duration_p98", "duration_mean", "within_standard_1", "within_standard_2", "within_standard_3"];

    private Task<MeasureSeries> DaysAsync(short? region, string? category) =>
        app.Get<MeasureReader>().ReadAsync(new MeasureQuery("case-durations", null, region, category, "day",
            new DateOnly(2025, 2, 20), new DateOnly(2025, 5, 10)));

    /// <summary>The daily grids of the nation and each region, for all categories and each, as text.</summary>
    public static async Task<List<string>> EveryGridAsync(AppFactory app, DateOnly from, DateOnly to)
    {
        var grids = new List<string>();
        foreach (var region in new short?[] { null, 1, 2 })
            foreach (var category in new[] { null, "civil", "criminal" })
                grids.AddRange((await app.Get<MeasureReader>().ReadAsync(new MeasureQuery("case-durations", null, region, category, "day", from, to)))
                    .Points.Select(p => $"{region} {category} {p.PeriodStart}: " +
                                        string.Join(" ", Measures.Select(m => p.Values[m]?.ToString("R") ?? "-"))));
        return grids;
    }

    private Task<List<string>> EveryGridAsync() => EveryGridAsync(app, new DateOnly(2025, 2, 20), new DateOnly(2025, 5, 10));

    private async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task Kept_days_read_as_their_cases_for_the_nation_each_region_and_category()
    {
        // As a rebuild leaves them: every day pending, read from cases.
        await ExecuteAsync("""
            DELETE FROM case_duration_area_days;
            INSERT INTO case_duration_days_pending (region_id, day)
            SELECT a, d::date FROM unnest(ARRAY[0, 1, 2]) a, generate_series('2025-01-01'::date, '2025-12-31', interval '1 day') d
            ON CONFLICT DO NOTHING;
            """);
        var fromCases = await EveryGridAsync();

        await app.FillDurationDaysAsync();

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM case_duration_days_pending WHERE day < current_date"));
        // Nation, North and South on the days with dispositions, by category and for all: 14 + 3 area days…
        Assert.True(await CountAsync("SELECT count(*) FROM case_duration_area_days") > 30);
        Assert.Equal(fromCases, await EveryGridAsync());
        var march25 = (await DaysAsync(null, null)).Points.Single(p => p.PeriodStart == new DateOnly(2025, 3, 25));
        Assert.Equal(400, march25.Values["duration_p50"]); // B5 200, A9 600: h = 1.5 → 200 + 0.5·400
    }

    [Fact]
    public async Task Changed_time_standards_leave_every_kept_day_to_be_computed_again()
    {
        await app.FillDurationDaysAsync();
        var before = await EveryGridAsync();
        try
        {
            // Civil's first tier from 180 to 30 days: of North's March 25 (A9 600 civil, B5 200 criminal) none within.
            await ExecuteAsync("UPDATE time_standards SET within_days = 30 WHERE category_id = 1 AND within_days = 180");
            Assert.Equal(0, await CountAsync("SELECT count(*) FROM case_duration_area_days"));
            var changed = await EveryGridAsync();
            Assert.NotEqual(before, changed);
            await app.FillDurationDaysAsync();
            Assert.Equal(changed, await EveryGridAsync());
        }
        finally
        {
            await ExecuteAsync("UPDATE time_standards SET within_days = 180 WHERE category_id = 1 AND within_days = 30");
            await app.FillDurationDaysAsync();
        }
    }

    [Fact]
    public async Task A_change_to_a_kept_day_is_read_from_its_cases_until_the_job_computes_it_again()
    {
        await app.FillDurationDaysAsync();
        await CourtSystemFixture.AddCasesAsync(app.DataSource, ("D1", 11, 1, "2025-03-05", "2025-03-25"));
        try
        {
            await app.AggregateAsync();
            // 03-25: B5 200, A9 600 and D1 20 → 20 200 600, h = 2 → 200; North the same, South untouched.
            Assert.Equal(2, await CountAsync("SELECT count(*) FROM case_duration_days_pending WHERE day = '2025-03-25'"));
            foreach (var region in new short?[] { null, 1 })
                Assert.Equal(200, (await DaysAsync(region, null)).Points.Single(p => p.PeriodStart == new DateOnly(2025, 3, 25)).Values["duration_p50"]);

            await app.FillDurationDaysAsync();
            Assert.Equal(0, await CountAsync("SELECT count(*) FROM case_duration_days_pending WHERE day = '2025-03-25'"));
            Assert.Equal(200, (await DaysAsync(null, null)).Points.Single(p => p.PeriodStart == new DateOnly(2025, 3, 25)).Values["duration_p50"]);
        }
        finally
        {
            await ExecuteAsync("DELETE FROM cases WHERE source_id = 'D1'");
            await app.AggregateAsync();
            await app.FillDurationDaysAsync();
        }
        Assert.Equal(400, (await DaysAsync(null, null)).Points.Single(p => p.PeriodStart == new DateOnly(2025, 3, 25)).Values["duration_p50"]);
    }
}
