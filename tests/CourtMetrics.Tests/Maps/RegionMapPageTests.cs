using System.Net.Http.Json;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static CourtMetrics.Tests.Support.Months;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Maps;

/// <summary>MapCourtSystem's app on a real port and a Chromium, shared by the map's page tests.</summary>
public sealed class MapPageApp : IAsyncLifetime
{
    public AppFactory App { get; } = new();
    public Support.Browser Chromium { get; private set; } = null!;
    public Uri Url { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        Url = App.StartOnRealPort();
        await MapCourtSystem.SeedAsync(App);
        await App.AggregateAsync();
        Chromium = await Support.Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

/// <summary>
/// The map on the dashboard and on a slide, in Chromium: North meets the target, South misses it, East has no data
/// until a case arrives (pushed live); pointing at a region shows its figure, clicking it opens the region.
/// </summary>
[Trait("Calendar", "today")]
public sealed class RegionMapPageTests(MapPageApp fixture) : IClassFixture<MapPageApp>
{
    static RegionMapPageTests() => SetDefaultExpectTimeout(20_000); // two shared cores: a push may take seconds

    private static ILocator Region(IPage page, string code) => page.Locator($"[data-testid=map] g[data-code={code}]");

    [Fact]
    public async Task The_map_colours_each_region_shows_its_figure_on_hover_updates_live_and_opens_a_region_on_click()
    {
        var page = await fixture.Chromium.OpenAsync(new Uri(fixture.Url, "/?view=map&measure=clearance_rate"), 1366, 768);

        await Expect(Region(page, "N")).ToHaveAttributeAsync("data-class", "met");
        await Expect(Region(page, "S")).ToHaveAttributeAsync("data-class", "missed");
        await Expect(Region(page, "E")).ToHaveAttributeAsync("data-class", "noData");
        await Expect(page.Locator("[data-testid=map] svg")).ToHaveAttributeAsync("data-kind", "tiles");
        await Expect(Region(page, "S")).ToContainTextAsync("50.0%");
        await Expect(Region(page, "E")).ToContainTextAsync("—"); // no data is not a zero
        await Expect(page.GetByTestId("map-legend").Locator("li")).ToHaveTextAsync(
            ["Meets the target (≥ 100.0%)", "Misses the target (< 100.0%)", "No data"]);
        await Expect(page.Locator(".map-card h2")).ToHaveTextAsync("Clearance rate by region");
        await Expect(page.GetByTestId("map-measure")).ToHaveValueAsync("clearance_rate");
        // Only measures with a target are offered: the default targets of the catalogue, and none without a direction.
        var offered = await page.GetByTestId("map-measure").Locator("option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        Assert.Contains("e_filing_share", offered);
        Assert.DoesNotContain("incoming", offered);
        Assert.DoesNotContain("disposition_time", offered);

        await Region(page, "S").HoverAsync();
        await Expect(page.GetByTestId("map-tip")).ToHaveTextAsync("South 50.0%Misses the target (< 100.0%)");
        await Region(page, "E").HoverAsync();
        await Expect(page.GetByTestId("map-tip")).ToHaveTextAsync("East No data");
        Assert.Empty(await VisualReview.DefectsAsync(page));
        Assert.Empty(await Support.Contrast.FailuresAsync(page)); // the legend, the hint and the tooltip (the map's own ink: charts.json)
        await Support.Browser.ScreenshotAsync(page, "map-en-1366");

        // East's first case, resolved: pushed live, the map reads the regions again.
        await MapCourtSystem.AddCasesAsync(fixture.App.DataSource, ("e1", "E-1", Day(0, 1), Day(0, 1)));
        await fixture.App.AggregateAsync();
        await Expect(Region(page, "E")).ToHaveAttributeAsync("data-class", "met");
        await Expect(Region(page, "E")).ToContainTextAsync("100.0%");

        await Region(page, "S").ClickAsync();
        var south = await MapCourtSystem.RegionIdAsync(fixture.App.DataSource, "S");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"region={south}(&|$)"));
        await Expect(page.Locator("#scope-name")).ToHaveTextAsync("South");
        await Expect(page.Locator("nav a[data-view=overview]")).ToHaveAttributeAsync("aria-current", "page");
        Assert.DoesNotContain(fixture.Chromium.Errors, e => !e.Contains("/api/simulation/status"));
    }

    [Fact]
    public async Task A_map_slide_colours_the_regions_in_the_playlists_language_with_its_legend()
    {
        using var admin = await fixture.App.AdministratorClientAsync();
        var created = await admin.PostAsJsonAsync("/api/playlists", new
        {
            name = "Regions", language = "ru", intervalSeconds = 60, theme = "dark", scope = "nation",
            slides = new[] { new { kind = "map", metric = "clearance_rate" } },
        });
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();

        var page = await fixture.Chromium.OpenAsync(new Uri(fixture.Url, $"/present.html?playlist={id}&interval=3600000"), 1920, 1080);

        await Expect(page.GetByTestId("slide")).ToHaveAttributeAsync("data-kind", "map");
        await Expect(page.GetByTestId("title")).ToHaveTextAsync("Коэффициент рассмотрения дел по регионам");
        await Expect(page.Locator("#map g[data-code=N]")).ToHaveAttributeAsync("data-class", "met");
        await Expect(page.Locator("#map g[data-code=S]")).ToHaveAttributeAsync("data-class", "missed");
        await Expect(page.Locator("#map g[data-code=S]")).ToContainTextAsync("50,0 %");
        await Expect(page.GetByTestId("map-legend").Locator("li").Last).ToHaveTextAsync("Нет данных");
        await Expect(page.GetByTestId("scope")).ToHaveTextAsync("Наша страна");
        Assert.False(await page.EvaluateAsync<bool>(
            "() => [document.documentElement, document.body].some(e => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight)"));
        await Support.Browser.ScreenshotAsync(page, "map-slide-ru-1920");
    }
}
