using System.Text;
using CourtMetrics.Ingest;
using CourtMetrics.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>The dashboard says why the months of a court that reports yearly are empty, in the reader's language.</summary>
[Trait("Calendar", "today")]
public sealed class ReportedPeriodsPageTests : PageTests
{
    [Theory]
    [InlineData("en", "1 court(s) here report yearly")]
    [InlineData("kk", "Мұндағы 1 сот есебін жыл сайын береді")]
    [InlineData("ru", "Суды здесь (1) отчитываются ежегодно")]
    public async Task Months_inside_a_yearly_report_are_explained_and_the_year_view_needs_no_note(string language, string note)
    {
        var csv = "court,period,incoming,resolved,pending_start,pending_end\nS-1,2023,100,80,30,50\n";
        var report = await App.Get<CsvImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ImportOptions { Kind = "reports" });
        Assert.True(report.Written, report.Message);

        var page = await Chromium.OpenAsync(new Uri(Url, $"/?lang={language}&view=case-flow&region=2&period=custom&from=2023-01-01&to=2023-12-31&granularity=month"));
        await Expect(page.GetByTestId("reporting")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reporting")).ToContainTextAsync(note);
        await Expect(page.GetByTestId("no-data")).ToBeHiddenAsync();
        await Expect(page.Locator(".tile[data-metric=incoming] .value")).ToHaveTextAsync("—");
        await Browser.ScreenshotAsync(page, $"reported-yearly-months-{language}");

        await page.GotoAsync(new Uri(Url, $"/?lang={language}&view=case-flow&region=2&period=custom&from=2023-01-01&to=2023-12-31&granularity=year").ToString());
        await Expect(page.GetByTestId("reporting")).ToBeHiddenAsync();
        await Expect(page.Locator(".tile[data-metric=incoming] .value")).ToBeVisibleAsync();
        await Expect(page.Locator(".tile[data-metric=incoming] .value")).ToContainTextAsync("100");
        Assert.Empty(Chromium.Errors);
    }

    [Fact]
    public async Task Durations_of_courts_that_only_report_are_said_to_be_not_reported_rather_than_shown_as_no_data()
    {
        var csv = "court,period,incoming,resolved,pending_start,pending_end\nS-1,2023,100,80,30,50\n";
        Assert.True((await App.Get<CsvImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ImportOptions { Kind = "reports" })).Written);

        var page = await Chromium.OpenAsync(new Uri(Url, "/?lang=en&view=durations&region=2&period=custom&from=2023-01-01&to=2023-12-31&granularity=year"));

        await Expect(page.GetByTestId("reporting")).ToContainTextAsync("Not reported: the courts here send statistical reports");
        await page.GotoAsync(new Uri(Url, "/?lang=en&view=case-flow&region=2&period=custom&from=2023-01-01&to=2023-12-31&granularity=year").ToString());
        await Expect(page.GetByTestId("reporting")).ToBeHiddenAsync();
        Assert.Empty(Chromium.Errors);
    }
}
