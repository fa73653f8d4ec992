using System.Globalization;
using CourtMetrics.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The month to date is never read as a whole month: its tiles say "to date" and compare it with the same days of the
/// month before, its charts draw it as provisional, every figure carries its unit and a change that rounds to nothing
/// has no sign. Holds on any day (run at the 1st, the 31st, 29 February).
/// </summary>
[Trait("Calendar", "today")]
public sealed class HonestPeriodsTests : DashboardFixture
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_tile_of_this_month_to_date_is_compared_with_the_same_days_of_last_month_and_says_so()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=case-flow"));
        await ExpectTilesAsync(page, "5", "3", "5", "60.0%");

        // nation this month: 5 filed; the same days of last month: none (the fixture's earlier cases are 2 months back)
        var note = page.Locator(".tile[data-metric=incoming] .note");
        await Expect(note).ToHaveTextAsync($"{ThisMonthShort} to date · +5 vs {SameDaysOfLastMonth()}");
        await Expect(page.Locator(".tile[data-metric=disposition_time] .value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[\d.,]+ days$"));
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task A_chart_draws_this_month_as_provisional_and_shares_stay_within_100_percent()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=case-flow"));
        await ExpectTilesAsync(page, "5", "3", "5", "60.0%");
        const string chart = "echarts.getInstanceByDom(document.querySelector('.card[data-measures^=\"clearance_rate\"] .chart')).getOption()";

        // the charts are drawn once ECharts is there, which may be after the tiles
        await page.WaitForFunctionAsync("() => window.echarts?.getInstanceByDom(document.querySelector('.card[data-measures^=\"clearance_rate\"] .chart'))?.getOption()?.series.some(s => s.id === 'clearance_rate~to-date' && s.data.at(-1) === 60)");
        var solid = await page.EvaluateAsync<double?[]>($"() => {chart}.series.find(s => s.id === 'clearance_rate').data");
        Assert.Null(solid[^1]); // this month is only in the dashed segment to its hollow point
        var labels = await page.EvaluateAsync<string[]>($"() => {chart}.xAxis[0].data");
        Assert.EndsWith("\nto date", labels[^1]);
        Assert.DoesNotContain("to date", string.Concat(labels[..^1]));
        Assert.Equal(100, await page.EvaluateAsync<double>($$"""
            () => { const c = echarts.getInstanceByDom(document.querySelector('.card[data-measures^="clearance_rate"] .chart'));
                    return c.getModel().getComponent('yAxis').axis.scale.getExtent()[1]; }
            """)); // 60 % and a target of 100 %: the axis ends at 100 %, not 120 %
        await Browser.ScreenshotAsync(page, "honest-periods-case-flow");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task Axis_ticks_of_small_figures_are_distinct()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=case-flow"));
        await ExpectTilesAsync(page, "5", "3", "5", "60.0%");
        // cases per judge: fractions of a case; their ticks must not all read "0"
        var ticks = await page.EvaluateAsync<string[]>("""
            () => {
              const c = echarts.getInstanceByDom(document.querySelector('.card[data-measures^="cases_per_judge"] .chart'));
              const axis = c.getModel().getComponent('yAxis').axis;
              return axis.getViewLabels().map(l => l.formattedLabel);
            }
            """);
        Assert.True(ticks.Length > 2, string.Join(", ", ticks));
        Assert.Equal(ticks.Length, ticks.Distinct().Count());
    }

    private static string ThisMonthShort => Today.ToString("MMM yyyy", English);

    private static string SameDaysOfLastMonth()
    {
        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var end = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        end = end < start.AddDays(Today.Day - 1) ? end : start.AddDays(Today.Day - 1);
        return start == end ? end.ToString("d MMM yyyy", English) : $"{start.Day}–{end.ToString("d MMM yyyy", English)}";
    }
}
