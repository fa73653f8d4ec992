using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Accounts;

/// <summary>An administrator in a real Chromium: asked to sign in, then taken back to the page asked for.</summary>
public sealed class SignInPageTests() : PageTests(seedCourtSystem: false)
{
    [Fact]
    public async Task Opening_administration_asks_for_sign_in_refuses_a_wrong_password_then_returns_to_the_page()
    {
        var page = await Chromium.OpenAsync(new Uri(Url, "/admin/jobs"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await SignInAsync(page, "a wrong password");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The user name or the password is wrong.");

        await page.GetByLabel("Password").FillAsync(AppFactory.AdministratorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/admin/jobs"));
        await Expect(page.GetByText("CourtMetrics jobs").First).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(Url, "/admin/").ToString());
        await Expect(page.GetByText($"Signed in as {AppFactory.AdministratorName}")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.DoesNotContain(Chromium.Errors, e => !e.Contains("401"));
    }
}
