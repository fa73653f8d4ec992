using CourtMetrics.Tests.Simulation;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>
/// A real instance before and after its court system: the public page says no data has been loaded yet (never an
/// error), the administrators' home lists the next steps, and the court-system page tries, applies and edits.
/// </summary>
[Trait("Calendar", "today")]
public sealed class CourtSystemPagesTests() : PageTests(seedCourtSystem: false)
{
    [Theory]
    [InlineData("en", "No data has been loaded yet")]
    [InlineData("kk", "Деректер әлі жүктелген жоқ")]
    [InlineData("ru", "Данные ещё не загружены")]
    public async Task An_empty_instance_tells_every_visitor_that_no_data_has_been_loaded_yet(string language, string heading)
    {
        var page = await Chromium.OpenAsync(new Uri(Url, $"/?lang={language}"));

        await Expect(page.GetByTestId("no-data")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-data").Locator("h2")).ToHaveTextAsync(heading);
        await Expect(page.Locator("#notice")).ToBeHiddenAsync();
        // No tiles of zeros beside it, as if the courts had done nothing.
        await Expect(page.Locator(".tile").First).ToBeHiddenAsync();
        await Browser.ScreenshotAsync(page, $"empty-instance-{language}");
        Assert.Empty(Chromium.Errors);
    }

    [Fact]
    public async Task An_administrator_is_led_from_the_next_steps_to_a_court_system_tried_applied_and_edited_on_the_page()
    {
        var page = await Chromium.OpenAsync(new Uri(Url, "/admin/"));
        await SignInAsync(page);
        var steps = page.GetByTestId("next-steps");
        await Expect(steps).ToBeVisibleAsync();
        await Expect(steps.Locator("li")).ToHaveCountAsync(3);
        await Expect(steps.Locator("li[data-done=false]")).ToHaveCountAsync(3);
        await Expect(steps.Locator("li").First).ToContainTextAsync("Define the court system");
        await Browser.ScreenshotAsync(page, "administration-next-steps");

        await steps.GetByRole(AriaRole.Link, new() { Name = "Define the court system" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Court system", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Court-system file (JSON)").SetInputFilesAsync(CourtSystemImportTests.Example);
        await page.GetByRole(AriaRole.Button, new() { Name = "Try the file" }).ClickAsync();
        await Expect(page.GetByTestId("outcome")).ToContainTextAsync("Dry run, nothing was written");
        await Expect(page.GetByTestId("outcome")).ToContainTextAsync("court AKM-01: added");
        Assert.Equal(0, await App.DataSource.ScalarAsync<long>("SELECT count(*) FROM courts"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply the file" }).ClickAsync();
        await Expect(page.GetByTestId("outcome")).ToContainTextAsync("Written: ");
        await Expect(page.Locator("#courts tbody tr")).ToHaveCountAsync(5);
        await Expect(page.Locator("#courts tbody tr[data-code='AKM-01']")).ToContainTextAsync("kk: Көкшетау қалалық соты");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit AKM-01" }).ClickAsync();
        await page.GetByLabel("Name (kk)").FillAsync("Көкшетау қаласының №2 соты");
        await page.GetByLabel("Closed (last day)").FillAsync("2026-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the court" }).ClickAsync();
        await Expect(page.GetByTestId("outcome")).ToContainTextAsync("court AKM-01: closed: (none) → \"2026-06-30\"");
        await Expect(page.Locator("#courts tbody tr[data-code='AKM-01']")).ToContainTextAsync("until 30 Jun 2026");
        Assert.Equal("Көкшетау қаласының №2 соты", await App.DataSource.ScalarAsync<string>("SELECT names ->> 'kk' FROM courts WHERE code = 'AKM-01'"));
        await Browser.ScreenshotAsync(page, "administration-court-system");

        await page.GotoAsync(new Uri(Url, "/admin/").ToString());
        await Expect(steps.Locator("li[data-done=true]")).ToHaveCountAsync(1);
        await Expect(steps.Locator("li").First).ToContainTextAsync("Done · 2 regions, 5 courts, 2 case categories");
        Assert.Empty(Chromium.Errors);
    }
}
