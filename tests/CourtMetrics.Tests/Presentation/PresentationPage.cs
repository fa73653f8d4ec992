using CourtMetrics.Metrics;
using CourtMetrics.Tests.Site;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Presentation;

/// <summary>
/// The presentation in Chromium against the dashboard's hand-made court system (nation this month: clearance
/// 60.0 %; region North 66.7 %), with what every presentation test looks at.
/// </summary>
public abstract class PresentationPage : DashboardFixture
{
    /// <summary>The showcase's slides: 8 measures, then comparisons of clearance rate, spending, disposition time.</summary>
    protected const int ClearanceSlide = 5;
    protected const int ClearanceComparison = 8;
    protected const int SpendingComparison = 9;

    // The machine's two cores are shared: a slide or a push may take seconds to show.
    static PresentationPage() => SetDefaultExpectTimeout(20_000);

    /// <summary>Opens the presentation; slides change by themselves only if an interval (ms) is given.</summary>
    protected async Task<IPage> PresentAsync(string query = "", int width = 1920, int height = 1080)
    {
        var separator = query.Length > 0 ? "&" : "";
        var page = await Browser.OpenAsync(new Uri(Url, $"/present.html?{query}{(query.Contains("interval=") ? "" : $"{separator}interval=3600000")}"), width, height);
        await Expect(page.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "connected");
        return page;
    }

    protected static ILocator Stage(IPage page) => page.GetByTestId("slide");

    protected static Task ExpectSlideAsync(IPage page, int index) => Expect(Stage(page)).ToHaveAttributeAsync("data-index", index.ToString());

    protected string NameOf(string metric, string language) => App.Get<MetricCatalogue>().Find(metric)!.Name.In(language);

    /// <summary>Nothing scrolls either way and the pointer is hidden everywhere.</summary>
    protected static async Task ExpectProjectorReadyAsync(IPage page)
    {
        Assert.False(await page.EvaluateAsync<bool>(
            "() => [document.documentElement, document.body].some(e => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight)"));
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('value')).cursor"));
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).cursor"));
        // The number fits its column: nothing cut off at either resolution.
        Assert.True(await page.EvaluateAsync<bool>("() => { const v = document.getElementById('value'); return v.scrollWidth <= v.parentElement.clientWidth; }"));
    }
}
