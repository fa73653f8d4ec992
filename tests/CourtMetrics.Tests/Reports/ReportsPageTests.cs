using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Reports;

/// <summary>/admin/reports.html: an administrator schedules a report, sees it listed, and is told e-mail is off while no mail server is set.</summary>
public sealed class ReportsPageTests : PageTests
{
    [Fact]
    public async Task A_schedule_made_on_the_page_is_listed_with_its_cadence_and_the_page_says_e_mail_is_off()
    {
        var page = await Chromium.OpenAsync(new Uri(Url, "/admin/"));
        await SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Reports and alerts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scheduled reports" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("mail-off")).ToBeVisibleAsync();

        await page.GetByLabel("Name").FillAsync("North every Monday");
        await page.Locator("#s-view").SelectOptionAsync("case-flow");
        await page.Locator("#s-scope").SelectOptionAsync("region:1");
        await page.Locator("#s-recipients").FillAsync("chief@courts.example\nanalyst@courts.example");
        await page.Locator("#s-cadence").SelectOptionAsync("weekly");
        await page.Locator("#s-weekday").SelectOptionAsync("1");
        await page.Locator("#s-hour").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save schedule" }).ClickAsync();

        var row = page.Locator("#schedules tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("North every Monday");
        await Expect(row).ToContainTextAsync("Mondays at 07:00 UTC");
        await Expect(row).ToContainTextAsync("Region: North");
        await Expect(row).ToContainTextAsync("chief@courts.example, analyst@courts.example");

        await page.Locator("#s-recipients").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save schedule" }).ClickAsync();
        await Expect(page.Locator("#schedule-error")).ToContainTextAsync("Recipients");
        await Browser.ScreenshotAsync(page, "administration-reports");
    }
}
