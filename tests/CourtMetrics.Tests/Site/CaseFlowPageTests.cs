using CourtMetrics.Jobs;
using CourtMetrics.CaseFlow;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The live case-flow page in a real Chromium against the real app and database: what a court administrator
/// sees in the tiles, the pickers and the connection indicator.
/// </summary>
public sealed class CaseFlowPageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private Browser _browser = null!;
    private Uri _url = null!;

    // Dates relative to today (UTC, as the server reads them): this month's first day, and a day two months back.
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly string ThisMonth = new DateOnly(Today.Year, Today.Month, 1).ToString("yyyy-MM-dd");
    private static readonly string Earlier = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).AddDays(9).ToString("yyyy-MM-dd");

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _url = _app.StartOnRealPort();
        await CourtSystemFixture.SeedAsync(_app.DataSource);
        // North = courts 11, 12; South = court 21. This month, hand-computed:
        //   nation: incoming c d e f g = 5, resolved b d h = 3, pending 8 filed - 3 disposed = 5, clearance 60.0%
        //   North:  incoming c d e = 3,     resolved b d = 2,   pending 5 - 2 = 3,                clearance 66.7%
        await CourtSystemFixture.AddCasesAsync(_app.DataSource,
            ("a", 11, 1, Earlier, null), ("b", 11, 1, Earlier, ThisMonth),
            ("c", 11, 1, ThisMonth, null), ("d", 11, 2, ThisMonth, ThisMonth),
            ("e", 12, 1, ThisMonth, null),
            ("f", 21, 1, ThisMonth, null), ("g", 21, 2, ThisMonth, null), ("h", 21, 1, Earlier, ThisMonth));
        await AggregateAsync();
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    private async Task AggregateAsync()
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Aggregator>().AggregateTouchedAsync(default);
    }

    private static ILocator Tile(IPage page, string measure) => page.GetByTestId($"tile-{measure}");

    private static async Task ExpectTilesAsync(IPage page, string incoming, string resolved, string pending, string clearance)
    {
        await Expect(Tile(page, "incoming")).ToHaveTextAsync(incoming);
        await Expect(Tile(page, "resolved")).ToHaveTextAsync(resolved);
        await Expect(Tile(page, "pending")).ToHaveTextAsync(pending);
        await Expect(Tile(page, "clearance-rate")).ToHaveTextAsync(clearance);
    }

    private static Task<bool> ScrollsAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => [document.documentElement, document.body].some(e => e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth)");

    /// <summary>Console errors, except the 404 of the simulator's status endpoint, which this branch does not
    /// have yet: the page is meant to ask once and then ignore it.</summary>
    private IReadOnlyList<string> UnexpectedErrors() =>
        _browser.Errors.Where(e => !(e.Contains("404") && e.Contains("/api/simulation/status"))).ToList();

    [Fact]
    public async Task The_national_view_shows_this_months_numbers_a_live_connection_and_data_as_of()
    {
        var page = await _browser.OpenAsync(_url);

        await ExpectTilesAsync(page, "5", "3", "5", "60.0%");
        await Expect(page.GetByTestId("connection")).ToHaveTextAsync("Connected");
        await Expect(page.GetByTestId("as-of")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d{4}, \d{1,2}:\d{2}:\d{2}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("National");
        // measure names and their explanations come from the metric catalogue
        var pendingChart = page.Locator("#charts [data-metric=pending_end]");
        await Expect(pendingChart).ToHaveTextAsync("Pending at end");
        await Expect(pendingChart).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("pending at start \\+ incoming − resolved"));
        Assert.False(await ScrollsAsync(page), "the page scrolls at 1920×1080");
        await Browser.ScreenshotAsync(page, "case-flow-national-1920x1080");
        await page.SetViewportSizeAsync(1366, 768);
        await Expect(page.GetByTestId("tile-incoming")).ToBeInViewportAsync();
        // let the charts' resize observer run (it redraws on the next animation frame)
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        Assert.False(await ScrollsAsync(page), "the page scrolls at 1366×768");
        await Browser.ScreenshotAsync(page, "case-flow-national-1366x768");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task New_cases_reach_the_open_page_live_without_a_reload()
    {
        var page = await _browser.OpenAsync(_url);
        await ExpectTilesAsync(page, "5", "3", "5", "60.0%");
        await page.EvaluateAsync("() => window.__sameDocument = true");

        await CourtSystemFixture.AddCasesAsync(_app.DataSource, ("i", 12, 1, ThisMonth, null), ("j", 21, 1, ThisMonth, ThisMonth));
        await AggregateAsync();

        // incoming 5 + 2 = 7, resolved 3 + 1 = 4, pending 5 + 2 - 1 = 6, clearance 4 / 7 = 57.1%
        await ExpectTilesAsync(page, "7", "4", "6", "57.1%");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        await Expect(page.GetByTestId("connection")).ToHaveTextAsync("Connected");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task A_region_link_opens_that_regions_numbers_with_the_pickers_set()
    {
        var page = await _browser.OpenAsync(new Uri(_url, "/?scope=region:1"));

        await ExpectTilesAsync(page, "3", "2", "3", "66.7%");
        await Expect(page.Locator("h1")).ToHaveTextAsync("North");
        await Expect(page.GetByLabel("Region", new() { Exact = true })).ToHaveValueAsync("1");
        await Expect(page.GetByLabel("Court", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(page.GetByLabel("Court", new() { Exact = true })).ToBeEnabledAsync();
        await Expect(page.GetByLabel("Monthly")).ToBeCheckedAsync();

        // Choosing a court moves the URL; back returns to the region and its numbers.
        await page.GetByLabel("Court", new() { Exact = true }).SelectOptionAsync("11");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"scope=court%3A11|scope=court:11"));
        await ExpectTilesAsync(page, "2", "2", "2", "100.0%");
        await page.GoBackAsync();
        await ExpectTilesAsync(page, "3", "2", "3", "66.7%");
        await Expect(page.GetByLabel("Region", new() { Exact = true })).ToHaveValueAsync("1");
        await Browser.ScreenshotAsync(page, "case-flow-region-north");
        Assert.Empty(UnexpectedErrors());
    }
}
