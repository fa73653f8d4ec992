using CourtMetrics.Tests.Support;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

[Trait("Calendar", "today")]
public sealed class ViewsPageTests : DashboardFixture
{
    [Theory]
    [InlineData("durations", "Time to disposition (days)", 4)] // the court system has no time standards: no share within one
    [InlineData("digital", "E-filing share", 6)]
    [InlineData("budget", "Allocated and spent", 8)]
    public async Task Each_measures_view_shows_its_tiles_and_charts_without_errors(string view, string chartTitle, int tiles)
    {
        var page = await Browser.OpenAsync(new Uri(Url, $"/?view={view}"));

        await Expect(page.Locator(".card h2", new() { HasText = chartTitle }).First).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.Locator(".tile")).ToHaveCountAsync(tiles);
        await Expect(page.Locator(".tile .value").First).Not.ToHaveTextAsync("");
        Assert.False(await ScrollsSidewaysAsync(page));
        await Browser.ScreenshotAsync(page, $"{view}-national");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task The_durations_view_of_one_category_draws_that_categorys_time_standards_as_target_lines()
    {
        await using (var connection = await App.DataSource.OpenConnectionAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO time_standards VALUES (1, 180, 0.75), (1, 365, 0.90), (1, 540, 0.98)");
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=durations&category=civil"));

        await page.WaitForFunctionAsync("""
            () => {
              const card = document.querySelector('.card[data-measures^="within_standard_1"] .chart');
              const series = card && window.echarts?.getInstanceByDom(card)?.getOption()?.series;
              return series && [1, 2, 3].map(k => series.find(s => s.id === `within_standard_${k}`)?.markLine?.data?.[0]?.yAxis).join() === '75,90,98';
            }
            """);
        // a share within a standard is named by its standard
        await Expect(page.Locator(".tile[data-metric=within_standard_1] h2")).ToHaveTextAsync("Resolved within 180 days — standard 75.0%");
        await Expect(page.Locator(".tile[data-metric=within_standard_2] h2")).ToHaveTextAsync("Resolved within 365 days — standard 90.0%");
        await Browser.ScreenshotAsync(page, "durations-civil");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task A_court_system_without_time_standards_or_a_currency_shows_no_share_within_a_standard_and_still_marks_its_amounts()
    {
        await using (var connection = await App.DataSource.OpenConnectionAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
                VALUES ('test', 'b1', 11, @Year, 'operations', 120000, 60000, make_date(@Year, 1, 1))
                """, new { Today.Year });
        await App.AggregateAsync();
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=durations"));

        // no tile or chart line called "time standard 1" that could never hold a figure
        await Expect(page.Locator(".tile[data-metric=duration_p50]")).ToBeVisibleAsync();
        await Expect(page.Locator(".tile[data-metric^=within_standard]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".card[data-measures*=within_standard]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".card[data-measures^=pending_age]")).ToBeVisibleAsync();

        // an amount in no named currency carries the generic currency sign rather than reading as a bare number
        await page.GotoAsync(new Uri(Url, "/?view=budget").ToString());
        await Expect(Tile(page, "allocated")).ToHaveTextAsync(new Regex(@"^[\d,.]+\u00a0¤$"));
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task The_ranking_lists_courts_worst_first_sorts_searches_and_drills_down_to_a_court_page()
    {
        // Last 12 months: clearance rate court 11 = 2/3 (b, d of a c d … filed in the window: a b c d → 2 resolved of 4),
        // court 12 = 0/1, court 21 = 1/3. Worst first: 12 (0 %), 21 (33.3 %), 11 (50 %).
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=ranking"));
        var rows = page.Locator("[data-testid=ranking] tbody tr");

        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("North Regional");
        await Expect(rows.Nth(2)).ToContainTextAsync("North District 1");
        await Browser.ScreenshotAsync(page, "ranking-national");

        await page.Locator("[data-testid=ranking] thead button[data-sort=clearance_rate]").ClickAsync();
        await Expect(rows.Nth(0)).ToContainTextAsync("North District 1");
        await page.GetByLabel("Search courts").FillAsync("south");
        await Expect(rows).ToHaveCountAsync(1);

        await rows.Nth(0).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("view=court.*court=21|court=21.*view=court"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("South District 1");
        var comparison = page.GetByTestId("court-comparison");
        await Expect(comparison.Locator("thead")).ToContainTextAsync("South");
        await Expect(comparison.Locator("tr[data-metric=incoming] td").Nth(0)).ToHaveTextAsync("3");
        await Expect(comparison.Locator("tr[data-metric=incoming] td").Nth(2)).ToHaveTextAsync("8");
        await Browser.ScreenshotAsync(page, "court-page");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task The_views_and_filters_are_reachable_by_keyboard()
    {
        var page = await Browser.OpenAsync(Url);
        await Expect(page.GetByTestId("tile-incoming")).ToHaveTextAsync("5");

        var reached = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }

        Assert.Contains("Court ranking", reached);
        Assert.Contains("region", reached);
        Assert.Contains("period-preset", reached);
        Assert.Contains("language", reached);
    }
}
