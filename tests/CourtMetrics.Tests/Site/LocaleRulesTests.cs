using System.Text.Json;
using CourtMetrics.Charts;
using CourtMetrics.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The page writes numbers, months and dates by the product's own rules (wwwroot/js/locale-rules.js), in Debian's
/// Chromium whose ICU has no Kazakh, and exactly as the chart images do (Charts/ChartText).
/// </summary>
[Trait("Calendar", "today")]
public sealed class LocaleRulesTests : DashboardFixture
{
    private static readonly string[] Granularities = ["day", "month", "quarter", "range"];

    [Fact]
    public async Task Every_month_and_number_reads_in_the_page_as_in_the_chart_images_in_each_language()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/"));
        var days = Enumerable.Range(0, 12).Select(m => new DateOnly(2026, m + 1, m + 3)).ToList();
        double[] values = [0, 0.6, 0.0456, 12.34, 1234567.5, -2500, 2_500_000, 3_400_000_000];
        foreach (var language in ChartDefinitions.Languages)
        {
            var json = await page.EvaluateAsync<JsonElement>($$"""
                async () => {
                  const r = await import('/js/locale-rules.js');
                  const days = {{JsonSerializer.Serialize(days.Select(d => d.ToString("yyyy-MM-dd")))}}.map(d => new Date(d + 'T00:00:00Z'));
                  const values = {{JsonSerializer.Serialize(values)}};
                  return {
                    day: days.map(d => r.dayMonth('{{language}}', d)),
                    month: days.map(d => r.monthYear('{{language}}', d)),
                    quarter: days.map(d => r.quarter('{{language}}', d)),
                    range: days.map(d => r.fullDate('{{language}}', d)),
                    ratio: values.map(v => r.percent('{{language}}', v)),
                    count: values.map(v => r.number('{{language}}', v)),
                    currency: values.map(v => Math.abs(v) >= 1e6 ? r.compact('{{language}}', v) : r.number('{{language}}', v)),
                    days: values.map(v => r.number('{{language}}', v, 1)),
                  };
                }
                """);
            foreach (var granularity in Granularities)
                Assert.Equal(days.Select(d => Spaces(ChartText.Period(d, granularity, language))),
                             json.GetProperty(granularity).EnumerateArray().Select(e => Spaces(e.GetString()!)));
            foreach (var unit in new[] { "ratio", "count", "currency", "days" })
                Assert.Equal(values.Select(v => Spaces(ChartText.Value(unit, v, language))),
                             json.GetProperty(unit).EnumerateArray().Select(e => Spaces(e.GetString()!)));
        }
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task In_Kazakh_the_page_names_its_months_and_writes_its_numbers_as_Kazakh_does()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?lang=kk&view=case-flow"));
        await Expect(page.Locator(".tile[data-metric=incoming] h2")).ToHaveTextAsync("Түскен істер");

        var kazakhMonths = new[] { "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан" };
        await Expect(page.Locator("#period")).ToContainTextAsync($"{Today.Year} ж.");
        var period = await page.Locator("#period").TextContentAsync() ?? "";
        Assert.Contains(kazakhMonths[Today.Month - 1], period);
        Assert.Contains($"{Today.Year} ж.", period);
        Assert.DoesNotMatch(@"M\d\d", period); // Chromium's own Kazakh: "2026 M12 6"
        await Expect(Tile(page, "clearance-rate")).ToHaveTextAsync("60,0%");
        // the charts are drawn once ECharts is there, which may be after the tiles
        var axis = await (await page.WaitForFunctionAsync(
            "() => window.echarts?.getInstanceByDom(document.querySelector('.chart'))?.getOption()?.xAxis[0].data")).JsonValueAsync<string[]>();
        Assert.All(axis, label => Assert.DoesNotMatch(@"M\d\d", label));
        Assert.Contains(axis, label => kazakhMonths.Any(m => label.StartsWith(m[..3], StringComparison.Ordinal)));
        await Browser.ScreenshotAsync(page, "locale-kazakh-case-flow");
        Assert.Empty(UnexpectedErrors());
    }

    // .NET writes Russian "60,0 %" with a plain space, the page with a no-break space (it must not wrap).
    private static string Spaces(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
