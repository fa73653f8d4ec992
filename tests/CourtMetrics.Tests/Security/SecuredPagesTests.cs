using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Security;

/// <summary>The pages in Chromium under the Content-Security-Policy, and the audit log page.</summary>
public sealed class SecuredPagesTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private Browser _browser = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        _url = _app.StartOnRealPort();
        await CourtSystemFixture.SeedAsync(_app.DataSource);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    [Fact]
    public async Task The_dashboard_and_the_presentation_run_live_under_the_policy_with_nothing_refused()
    {
        var dashboard = await _browser.OpenAsync(_url);
        await Expect(dashboard.GetByTestId("connection")).ToHaveTextAsync("Connected");
        var presentation = await _browser.OpenAsync(new Uri(_url, "/present.html?interval=3600000"));
        await Expect(presentation.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "connected");

        Assert.DoesNotContain(_browser.Errors, e => e.Contains("Content Security Policy"));
    }

    [Fact]
    public async Task An_administrator_sees_their_sign_in_in_the_audit_log_page()
    {
        var page = await _browser.OpenAsync(new Uri(_url, "/admin/audit.html"));
        await page.GetByLabel("User name").FillAsync(AppFactory.AdministratorName);
        await page.GetByLabel("Password").FillAsync(AppFactory.AdministratorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        var row = page.Locator("#audit tbody tr").Filter(new() { HasText = "sign-in" }).First;
        await Expect(row).ToContainTextAsync(AppFactory.AdministratorName);
        await Expect(page.Locator("#audit-page")).ToContainTextAsync("Page 1 of 1");
        await Browser.ScreenshotAsync(page, "administration-audit");
        Assert.DoesNotContain(_browser.Errors, e => !e.Contains("401"));
    }
}
