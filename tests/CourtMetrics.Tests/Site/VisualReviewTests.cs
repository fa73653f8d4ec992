using CourtMetrics.Charts;
using CourtMetrics.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// Every view of the dashboard in the three languages at a laptop's, a projector's and a 4K screen's size: no page
/// that scrolls sideways, no text out of its box or cut off, no text over other text, no legend over its chart, the
/// masthead on one line, and a large screen filled with type and charts that grow with it (Support/VisualReview). The
/// screenshots make one contact sheet (artifacts/contact-sheet-dashboard.html). What it checks holds whatever the day
/// (no expectation names a date), so it needs no Calendar trait: 72 screens take two minutes, which CI spends in its
/// run at another date (.ci/run, `moved`); the layout of "to date" labels at month ends is HonestPeriodsTests'.
/// </summary>
public sealed class VisualReviewTests : DashboardFixture
{
    private static readonly (int Width, int Height)[] Sizes = [(1366, 768), (1920, 1080), (3840, 2160)];
    private const string EveryChartDrawn = "() => [...document.querySelectorAll('.chart')].every(e => window.echarts?.getInstanceByDom(e)?.getOption())";
    private const string EveryChartFitsItsBox = """
        () => [...document.querySelectorAll('.chart')].every(e => {
          const chart = window.echarts?.getInstanceByDom(e);
          return !chart || chart.getWidth() === e.clientWidth && chart.getHeight() === e.clientHeight;
        })
        """;
    private static readonly string[] Views = ["overview", "case-flow", "durations", "digital", "budget", "ranking", "map", "court&court=11"];

    [Fact]
    public async Task Every_view_in_every_language_and_size_is_free_of_overflowing_and_overlapping_text()
    {
        var review = new VisualReview("dashboard");
        var defects = new List<string>();
        foreach (var language in ChartDefinitions.Languages)
        {
            // One page per language, opened at a laptop's size as a screen that asks for less motion (the charts are
            // drawn at once, nothing to wait out); each view is then reached as a reader reaches it, without a reload,
            // and its window grows to a projector's and a 4K screen's, as a window moved between screens.
            var page = await Browser.OpenAsync(new Uri(Url, $"/?view={Views[0]}&lang={language}"), Sizes[0].Width, Sizes[0].Height, lessMotion: true);
            await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
            foreach (var view in Views)
            {
                await page.SetViewportSizeAsync(Sizes[0].Width, Sizes[0].Height);
                if (view != Views[0])
                    await page.EvaluateAsync("""
                        url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }
                        """, $"?view={view}&lang={language}");
                await Expect(page.Locator("#view")).ToHaveAttributeAsync("data-view", view.Split('&')[0]);
                await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("aria-busy", "true");
                foreach (var (width, height) in Sizes)
                {
                    await page.SetViewportSizeAsync(width, height);
                    await page.WaitForFunctionAsync(EveryChartDrawn); // charts are drawn once ECharts is there, maybe after the tiles
                    await page.WaitForFunctionAsync(EveryChartFitsItsBox);
                    if (view == "map") await page.Locator("[data-testid=map] g[data-code]").First.WaitForAsync(); // its own SVG
                    var where = $"{view} · {language} · {width}×{height}";
                    defects.AddRange((await VisualReview.DefectsAsync(page)).Select(d => $"{where}: {d}"));
                    review.Add(await Browser.ScreenshotAsync(page, $"review-{view.Split('&')[0]}-{language}-{width}"), where);
                }
            }
            await page.Context.CloseAsync();
        }
        review.WriteContactSheet();
        Assert.True(defects.Count == 0, $"{defects.Count} defects:\n" + string.Join("\n", defects.Take(60)));
        Assert.True(UnexpectedErrors().Count == 0, string.Join("\n", UnexpectedErrors().Distinct()));
    }

    [Fact]
    public async Task The_review_catches_a_legend_over_its_plot_text_out_of_its_box_a_wrapped_masthead_and_an_empty_screen()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=durations"));
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await page.WaitForFunctionAsync(EveryChartDrawn);
        Assert.Empty(await VisualReview.DefectsAsync(page));

        // the legend as it was: wrapping at the top over the plot; a figure too wide for its box, as tiles had
        await page.EvaluateAsync("""
            () => {
              const chart = echarts.getInstanceByDom(document.querySelector('.card[data-measures^="duration_p50"] .chart'));
              chart.setOption({ legend: { type: 'plain', width: 120 }, grid: { top: 28 } });
              const period = document.getElementById('period');
              Object.assign(period.style, { display: 'block', width: '120px', whiteSpace: 'nowrap', fontSize: '2rem' });
              period.textContent = '31,6 млрд ₸';
            }
            """);
        await page.WaitForTimeoutAsync(300);

        var defects = await VisualReview.DefectsAsync(page);
        Assert.Contains(defects, d => d.Contains("legend") && d.Contains("reaches the plot"));
        Assert.Contains(defects, d => d.Contains("runs out of its box"));

        // the masthead and the grids as they were: views wrapping under the brand at 1366 px in Russian, a 4K screen
        // with charts in the left third, 300 px high, in 15 px type, and charts' labels far smaller than the page's text
        await page.EvaluateAsync("""
            () => {
              document.querySelector('.masthead').style.width = '600px';
              Object.assign(document.querySelector('.charts').style, { gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gridAutoRows: '200px' });
              document.documentElement.style.fontSize = '10px';
            }
            """);
        // the charts follow the page's new type size (12 px labels at 15 px → 8 px at 10 px, timechart.js) on their next
        // resize, later on a busy machine; then one chart's labels are made far smaller
        const string FirstChart = "echarts.getInstanceByDom(document.querySelector('.chart'))";
        await page.WaitForFunctionAsync($"() => {FirstChart}.getModel().getComponent('xAxis').get(['axisLabel', 'fontSize']) - 8 < 0.01");
        await page.EvaluateAsync($"() => {FirstChart}.setOption({{ xAxis: {{ axisLabel: {{ fontSize: 6 }} }} }})");
        defects = await VisualReview.DefectsAsync(page);
        Assert.Contains(defects, d => d.StartsWith("the masthead wraps"));
        Assert.Contains(defects, d => d.Contains("section.charts leaves") && d.Contains("of its width empty"));
        Assert.Contains(defects, d => d.Contains("px high on a 1080 px high screen"));
        Assert.Contains(defects, d => d.StartsWith("the text is 10 px on a 1920 px wide screen"));
        Assert.Contains(defects, d => d.Contains("axis labels"));
    }
}
