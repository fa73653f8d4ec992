using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Security;

/// <summary>The pages in Chromium under the Content-Security-Policy, and the audit log page.</summary>
public sealed class SecuredPagesTests : PageTests
{
    [Fact]
    public async Task The_dashboard_and_the_presentation_run_live_under_the_policy_with_nothing_refused()
    {
        var dashboard = await Chromium.OpenAsync(Url);
        await Expect(dashboard.GetByTestId("connection")).ToHaveTextAsync("Connected");
        var presentation = await Chromium.OpenAsync(new Uri(Url, "/present.html?interval=3600000"));
        await Expect(presentation.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "connected");

        Assert.DoesNotContain(Chromium.Errors, e => e.Contains("Content Security Policy"));
    }

    [Fact]
    public async Task An_administrator_sees_their_sign_in_in_the_audit_log_page()
    {
        var page = await Chromium.OpenAsync(new Uri(Url, "/admin/audit.html"));
        await SignInAsync(page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        var row = page.Locator("#audit tbody tr").Filter(new() { HasText = "sign-in" }).First;
        await Expect(row).ToContainTextAsync(AppFactory.AdministratorName);
        await Expect(page.Locator("#audit-page")).ToContainTextAsync("Page 1 of 1");
        await Browser.ScreenshotAsync(page, "administration-audit");
        Assert.DoesNotContain(Chromium.Errors, e => !e.Contains("401"));
    }
}
