using System.Net.Http.Json;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>An administrator edits targets and notes on the administration page while a dashboard is open elsewhere.</summary>
[Trait("Calendar", "today")]
public sealed class TargetsAndAnnotationsPageTests : DashboardFixture
{
    private async Task<IPage> SignedInAdministrationAsync()
    {
        var admin = await Browser.OpenAsync(new Uri(Url, "/admin/targets.html"));
        await admin.GetByLabel("User name").FillAsync(AppFactory.AdministratorName);
        await admin.GetByLabel("Password").FillAsync(AppFactory.AdministratorPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Targets", Exact = true })).ToBeVisibleAsync();
        return admin;
    }

    private static async Task SetTargetAsync(IPage admin, string metric, string target)
    {
        await admin.GetByLabel("Measure", new() { Exact = true }).SelectOptionAsync(metric);
        await admin.GetByLabel("Target", new() { Exact = true }).FillAsync(target);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
    }

    [Fact]
    public async Task A_target_edit_recolours_the_open_dashboard_and_a_crossing_raises_an_alert_in_its_feed()
    {
        var dashboard = await Browser.OpenAsync(Url);
        await ExpectTilesAsync(dashboard, "5", "3", "5", "60.0%");
        await Expect(dashboard.Locator("#alert-list")).ToHaveTextAsync("No alerts yet.");
        var clearance = dashboard.Locator(".tile[data-metric=clearance_rate]");
        await Expect(clearance).ToHaveAttributeAsync("data-status", "missed"); // the catalogue's 100 %

        var admin = await SignedInAdministrationAsync();
        await SetTargetAsync(admin, "clearance_rate", "50");
        await Expect(admin.Locator("#targets tbody")).ToContainTextAsync("50.0%");

        await Expect(clearance).ToHaveAttributeAsync("data-status", "met");
        await Expect(clearance.Locator(".note")).ToContainTextAsync("meets its target 50.0%");
        await Expect(dashboard.Locator("#alert-list")).ToHaveTextAsync("No alerts yet.");

        await SetTargetAsync(admin, "clearance_rate", "90");

        await Expect(dashboard.Locator("#alert-list li.alert.missed")).ToContainTextAsync("Clearance rate fell below its target 90.0%: 60.0%");
        await Expect(clearance).ToHaveAttributeAsync("data-status", "missed");
        await Browser.ScreenshotAsync(dashboard, "overview-alert-raised");
        await Browser.ScreenshotAsync(admin, "administration-targets");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task A_note_added_by_an_administrator_appears_on_the_time_charts_of_its_scope()
    {
        var dashboard = await Browser.OpenAsync(new Uri(Url, "/?view=case-flow&region=1"));
        await ExpectTilesAsync(dashboard, "3", "2", "3", "66.7%");

        var admin = await SignedInAdministrationAsync();
        await admin.GetByLabel("Scope", new() { Exact = true }).SelectOptionAsync("nation");
        await admin.GetByLabel("Date", new() { Exact = true }).FillAsync(Earlier);
        await admin.GetByLabel("Note", new() { Exact = true }).FillAsync("e-filing launched");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(admin.Locator("#annotations tbody")).ToContainTextAsync("e-filing launched");

        await dashboard.WaitForFunctionAsync("""
            () => window.echarts?.getInstanceByDom(document.querySelector('.chart'))?.getOption()
                    ?.series[0].markLine.data.some(m => m.name === 'e-filing launched')
            """);
        await Browser.ScreenshotAsync(dashboard, "case-flow-annotation");
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task A_courts_own_target_colours_its_ranking_row_and_its_column_of_the_court_page_not_its_region_or_the_nation()
    {
        // Last 12 months' clearance rate: court 11 50 %, court 12 0 %; the catalogue's default target is 100 %.
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=ranking&region=1"));
        var clearance = (string court) => page.Locator("[data-testid=ranking] tbody tr", new() { HasText = court }).Locator("td").Nth(3);
        await Expect(clearance("North District 1")).ToHaveAttributeAsync("data-status", "missed");

        var admin = await App.AdministratorClientAsync();
        (await admin.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.4, courtId = 11 })).EnsureSuccessStatusCode();

        await Expect(clearance("North District 1")).ToHaveAttributeAsync("data-status", "met");
        await Expect(clearance("North Regional")).ToHaveAttributeAsync("data-status", "missed");
        await page.GotoAsync(new Uri(Url, "/?view=court&court=11").ToString());
        var cells = page.GetByTestId("court-comparison").Locator("tr[data-metric=clearance_rate] td");
        await Expect(cells.Nth(0)).ToHaveAttributeAsync("data-status", "met");
        await Expect(cells.Nth(0)).ToHaveAttributeAsync("title", "target 40.0%");
        await Expect(cells.Nth(1)).ToHaveAttributeAsync("title", "target 100.0%");
        await Expect(cells.Nth(2)).ToHaveAttributeAsync("data-status", "missed");
        Assert.Empty(UnexpectedErrors());
    }
}
