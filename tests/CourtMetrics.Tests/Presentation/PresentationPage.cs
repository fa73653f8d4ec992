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
    /// <summary>The showcase's slides: the title, 8 measures, comparisons of clearance rate, spending, disposition time, the closing slide.</summary>
    protected const int ClearanceSlide = 6;
    protected const int ClearanceComparison = 9;
    protected const int SpendingComparison = 10;
    protected const int LastSlide = 12;

    /// <summary>The court system's own name, as its file gives it; the title slide opens with it.</summary>
    protected static readonly Dictionary<string, string> SystemName = new()
    {
        ["en"] = "Courts of Northland", ["kk"] = "Солтүстік ел соттары", ["ru"] = "Суды Северной страны",
    };

    protected async Task NameTheCourtSystemAsync()
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE court_system_settings SET names = @Names::jsonb",
            new { Names = System.Text.Json.JsonSerializer.Serialize(SystemName) });
    }

    // The machine's two cores are shared: a slide or a push may take seconds to show.
    static PresentationPage() => SetDefaultExpectTimeout(20_000);

    /// <summary>
    /// Opens the presentation; slides change by themselves only if an interval (ms) is given. With
    /// <paramref name="lessMotion"/>, as a screen that asks for less motion (prefers-reduced-motion) from the start.
    /// </summary>
    protected async Task<IPage> PresentAsync(string query = "", int width = 1920, int height = 1080, bool lessMotion = false)
    {
        var separator = query.Length > 0 ? "&" : "";
        var page = await Browser.OpenAsync(new Uri(Url, $"/present.html?{query}{(query.Contains("interval=") ? "" : $"{separator}interval=3600000")}"), width, height,
            lessMotion: lessMotion);
        await Expect(page.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "connected");
        return page;
    }

    protected static ILocator Stage(IPage page) => page.GetByTestId("slide");

    protected static Task ExpectSlideAsync(IPage page, int index) => Expect(Stage(page)).ToHaveAttributeAsync("data-index", index.ToString());

    protected string NameOf(string metric, string language) => App.Get<MetricCatalogue>().Find(metric)!.Name.In(language);

    /// <summary>
    /// The title slide's figures of this year so far (the fixture: 3 resolved, median b's and h's days from Earlier to
    /// ThisMonth): clearance 3 of 8 filed this year, or of 5 in January and February, when Earlier was last year.
    /// </summary>
    protected static double ClearanceThisYear => Today.Month >= 3 ? 3 / 8.0 : 3 / 5.0;

    protected static int MedianDaysThisYear => DateOnly.Parse(ThisMonth).DayNumber - DateOnly.Parse(Earlier).DayNumber;

    /// <summary>Starts recording what an element reads each time it changes (window.seen).</summary>
    protected static Task RecordAsync(IPage page, string selector) => page.EvaluateAsync("""
        selector => { window.seen = []; const element = document.querySelector(selector);
                      window.observer?.disconnect();
                      window.observer = new MutationObserver(() => window.seen.push(element.textContent));
                      window.observer.observe(element, { childList: true, characterData: true, subtree: true }); }
        """, selector);

    /// <summary>The QR code in a screenshot of the page, decoded as a phone reads it.</summary>
    /// <summary>The QR code on screen, decoded; tried again while a slide's transition may still be fading it in.</summary>
    protected static async Task<string?> QrCodeOnScreenAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = QrCodes.Decode(await page.ScreenshotAsync());
            if (text is not null || attempt == 20) return text;
            await page.WaitForTimeoutAsync(250);
        }
    }

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
