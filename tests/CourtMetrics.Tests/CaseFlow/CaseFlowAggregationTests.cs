using CourtMetrics.Jobs;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.CaseFlow;

/// <summary>
/// Hand-computed case flow. Fixture (M0 = this month, M1 = last month, M2 = the month before):
///   A court 11 civil     filed M2-05, disposed M1-10
///   B court 11 civil     filed M2-06, pending
///   C court 12 criminal  filed M1-03, disposed M1-20
///   D court 21 civil     filed M1-07, disposed M0-01
///   E court 11 civil     filed M0-01, pending
/// </summary>
[Trait("Calendar", "today")]
public sealed class CaseFlowAggregationTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("A", 11, 1, Day(2, 5), Day(1, 10)),
            ("B", 11, 1, Day(2, 6), null),
            ("C", 12, 2, Day(1, 3), Day(1, 20)),
            ("D", 21, 1, Day(1, 7), Day(0, 1)),
            ("E", 11, 1, Day(0, 1), null));
        await AggregateAsync();
    }

    private Task<PublishedVersion?> AggregateAsync(bool rebuild = false) => rebuild ? App.RebuildAsync() : App.AggregateAsync();

    /// <summary>The case flow of a scope by period (as the dashboard reads it), keyed by each period's first day.</summary>
    private async Task<Dictionary<DateOnly, MeasurePoint>> SeriesAsync(string scope, string granularity, DateOnly from)
    {
        Assert.True(MeasureQuery.TryParse("case-flow", scope, null, granularity, $"{from:yyyy-MM-dd}", $"{Today:yyyy-MM-dd}",
            Today, out var query, out var error), error);
        return (await App.Get<MeasureReader>().ReadAsync(query)).Points.ToDictionary(p => p.PeriodStart);
    }

    private Task<Dictionary<DateOnly, MeasurePoint>> MonthsAsync(string scope) => SeriesAsync(scope, "month", Start(3));

    private static void AssertPoint(MeasurePoint point, int incoming, int resolved, int pending, double? clearance) =>
        Assert.Equal<(double?, double?, double?, double?)>((incoming, resolved, pending, clearance),
            (point.Values["incoming"], point.Values["resolved"], point.Values["pending_end"], point.Values["clearance_rate"]));

    [Fact]
    public async Task National_months_count_incoming_resolved_and_pending_at_month_end()
    {
        var months = await MonthsAsync("nation");

        AssertPoint(months[Start(3)], 0, 0, 0, null);
        AssertPoint(months[Start(2)], 2, 0, 2, 0.0);
        AssertPoint(months[Start(1)], 2, 2, 2, 1.0);
        AssertPoint(months[Start(0)], 1, 1, 2, 1.0);
    }

    [Fact]
    public async Task A_region_counts_only_its_courts()
    {
        var north = await MonthsAsync("region:1");
        AssertPoint(north[Start(2)], 2, 0, 2, 0.0);
        AssertPoint(north[Start(1)], 1, 2, 1, 2.0);
        AssertPoint(north[Start(0)], 1, 0, 2, 0.0);
    }

    [Fact]
    public async Task A_court_with_nothing_filed_in_a_month_has_no_clearance_rate_not_zero()
    {
        var south = await MonthsAsync("court:21");
        AssertPoint(south[Start(1)], 1, 0, 1, 0.0);
        AssertPoint(south[Start(0)], 0, 1, 0, null);
    }

    [Fact]
    public async Task Days_carry_the_pending_caseload_of_the_months_before_the_window()
    {
        var days = await SeriesAsync("nation", "day", Today.AddDays(-59));

        Assert.Equal(60, days.Count);
        Assert.Equal(Today, days.Keys.Max());
        var firstOfMonth = DateOnly.Parse(Day(0, 1));
        AssertPoint(days[firstOfMonth], 1, 1, 2, 1.0);
        if (days.TryGetValue(DateOnly.Parse(Day(1, 20)), out var c)) AssertPoint(c, 0, 1, 2, null);
    }

    [Fact]
    public async Task A_reopened_case_and_a_corrected_disposition_date_move_the_numbers()
    {
        await using (var connection = await App.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE cases SET disposed_on = NULL WHERE source_id = 'A'");
            await connection.ExecuteAsync("UPDATE cases SET disposed_on = @d::date WHERE source_id = 'D'", new { d = Day(1, 25) });
        }
        var published = await AggregateAsync();

        Assert.NotNull(published);
        Assert.Equal([11, 21], published.CourtIds.Order());
        var months = await MonthsAsync("nation");
        AssertPoint(months[Start(1)], 2, 2, 2, 1.0);  // A no longer resolved in M1, D now resolved in M1
        AssertPoint(months[Start(0)], 1, 0, 3, 0.0);  // D no longer resolved in M0
    }

    [Fact]
    public async Task Nothing_touched_means_no_new_data_version()
    {
        Assert.Null(await AggregateAsync());
    }

    [Fact]
    public async Task Incremental_aggregates_equal_a_full_rebuild()
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("DELETE FROM cases WHERE source_id = 'B'");
        await connection.ExecuteAsync("UPDATE cases SET court_id = 12 WHERE source_id = 'E'");
        await AggregateAsync();
        const string digest = """
            SELECT md5(string_agg(concat_ws(',', court_id, category_id, day, incoming, resolved), ';' ORDER BY court_id, category_id, day))
                || md5((SELECT string_agg(concat_ws(',', court_id, category_id, month, incoming, resolved), ';' ORDER BY court_id, category_id, month) FROM case_flow_monthly))
            FROM case_flow_daily
            """;
        var incremental = await connection.ExecuteScalarAsync<string>(digest);

        await AggregateAsync(rebuild: true);

        Assert.Equal(incremental, await connection.ExecuteScalarAsync<string>(digest));
    }
}
