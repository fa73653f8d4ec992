using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Metrics;

/// <summary>The same hand-made fixture as the aggregation tests (see CaseFlowAggregationTests), through /api/measures.</summary>
public sealed class CaseFlowMeasuresApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await CourtSystemFixture.AddCasesAsync(DataSource,
            ("A", 11, 1, Day(2, 5), Day(1, 10)),
            ("B", 11, 1, Day(2, 6), null),
            ("C", 12, 2, Day(1, 3), Day(1, 20)),
            ("D", 21, 1, Day(1, 7), Day(0, 1)),
            ("E", 11, 1, Day(0, 1), null));
        await AggregateAsync();
    }
}

[Trait("Calendar", "today")]
public sealed class CaseFlowMeasuresTests(CaseFlowMeasuresApp app) : IClassFixture<CaseFlowMeasuresApp>
{
    private readonly HttpClient _http = app.CreateClient();

    private async Task<MeasureSeries> GetAsync(string query)
    {
        var response = await _http.GetAsync($"/api/measures?family=case-flow&{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeasureSeries>())!;
    }

    private static void AssertValues(MeasurePoint point, double incoming, double resolved, double pendingStart, double pendingEnd)
    {
        Assert.Equal(incoming, point.Values["incoming"]);
        Assert.Equal(resolved, point.Values["resolved"]);
        Assert.Equal(pendingStart, point.Values["pending_start"]);
        Assert.Equal(pendingEnd, point.Values["pending_end"]);
    }

    [Fact]
    public async Task Monthly_measures_follow_the_standard_formulas()
    {
        var series = await GetAsync($"scope=nation&granularity=month&from={Day(2, 1)}&to={Today:yyyy-MM-dd}");

        Assert.Equal(3, series.Points.Count);
        var m1 = series.Points[1];
        var days = m1.PeriodEnd.DayNumber - m1.PeriodStart.DayNumber + 1;
        AssertValues(m1, 2, 2, 2, 2);
        Assert.Equal(1.0, m1.Values["clearance_rate"]);
        Assert.Equal(days * 2 / 2.0, m1.Values["disposition_time"]!.Value, 9);   // days × pending ÷ resolved
        Assert.Equal(0.5, m1.Values["congestion_rate"]);                          // 2 ÷ (2 + 2)
        Assert.Equal(0.5, m1.Values["congestion_rate_cnj_2009"]);                 // 1 − 2 ÷ (2 + 2)
        Assert.Equal(2 / 41.0, m1.Values["cases_per_judge"]!.Value, 12);          // judges 12 + 20 + 9
        var m2 = series.Points[0];
        AssertValues(m2, 2, 0, 0, 2);
        Assert.Equal(0.0, m2.Values["clearance_rate"]);
        Assert.Null(m2.Values["disposition_time"]);                               // nothing resolved: none
        Assert.Equal(1.0, m2.Values["congestion_rate"]);
        Assert.Equal(Today, series.Points[2].PeriodEnd);                           // the grid is clipped to 'to'
    }

    [Fact]
    public async Task A_custom_range_inside_a_month_counts_only_its_days()
    {
        var series = await GetAsync($"granularity=range&from={Day(1, 5)}&to={Day(1, 25)}");

        var range = Assert.Single(series.Points);
        AssertValues(range, 1, 2, 3, 2);    // in: D; out: A, C; pending before: A, B, C; at end: B, D
        Assert.Equal(2.0, range.Values["clearance_rate"]);                         // 2 resolved ÷ 1 incoming
        Assert.Equal(21 * 2 / 2.0, range.Values["disposition_time"]!.Value, 9);
    }

    [Fact]
    public async Task A_set_of_courts_and_a_category_narrow_the_scope()
    {
        var courts = await GetAsync($"scope=courts:11,21&granularity=range&from={Day(2, 1)}&to={Today:yyyy-MM-dd}");
        AssertValues(Assert.Single(courts.Points), 4, 2, 0, 2);        // A B D E in; A D out

        var criminal = await GetAsync($"category=criminal&granularity=range&from={Day(2, 1)}&to={Today:yyyy-MM-dd}");
        AssertValues(Assert.Single(criminal.Points), 1, 1, 0, 0);      // C only
    }

    [Fact]
    public async Task Quarters_and_years_add_up_their_months_and_end_with_the_same_pending_caseload()
    {
        var months = await GetAsync($"granularity=month&from={Start(14):yyyy-MM-dd}");
        var quarters = await GetAsync($"granularity=quarter&from={Start(14):yyyy-MM-dd}");
        var years = await GetAsync($"granularity=year&from={Start(14):yyyy-MM-dd}");

        foreach (var coarser in new[] { quarters, years })
        {
            Assert.Equal(months.Points.Sum(p => p.Values["incoming"]), coarser.Points.Sum(p => p.Values["incoming"]));
            Assert.Equal(months.Points.Sum(p => p.Values["resolved"]), coarser.Points.Sum(p => p.Values["resolved"]));
            Assert.Equal(months.Points[^1].Values["pending_end"], coarser.Points[^1].Values["pending_end"]);
        }
        Assert.All(quarters.Points, q => Assert.True(q.PeriodEnd.Month - q.PeriodStart.Month <= 2));
        Assert.Equal(5, years.Points.Sum(p => p.Values["incoming"]));
    }

    [Fact]
    public async Task An_empty_scope_has_zero_counts_and_no_rates()
    {
        var series = await GetAsync("scope=courts:998,999&granularity=range");

        var point = Assert.Single(series.Points);
        AssertValues(point, 0, 0, 0, 0);
        Assert.Null(point.Values["clearance_rate"]);
        Assert.Null(point.Values["disposition_time"]);
        Assert.Null(point.Values["congestion_rate"]);
    }

    [Theory]
    [InlineData("family=case-flow&granularity=week", "week")]
    [InlineData("family=case-flow&from=2026-05-01&to=2026-04-01", "after")]
    [InlineData("family=case-flow&from=yesterday", "yesterday")]
    [InlineData("family=case-flow&scope=district:4", "district:4")]
    [InlineData("family=weather", "weather")]
    [InlineData("family=case-flow&granularity=day&from=2000-01-01&to=2026-01-01", "at most")]
    public async Task Bad_queries_are_refused_naming_what_is_wrong(string query, string named)
    {
        var response = await _http.GetAsync($"/api/measures?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Too_many_courts_in_a_set_is_refused()
    {
        var ids = string.Join(',', Enumerable.Range(1, MeasureQuery.MaxCourts + 1));

        var response = await _http.GetAsync($"/api/measures?family=case-flow&scope=courts:{ids}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_category_is_404_by_name()
    {
        var response = await _http.GetAsync("/api/measures?family=case-flow&category=maritime");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("maritime", await response.Content.ReadAsStringAsync());
    }
}
