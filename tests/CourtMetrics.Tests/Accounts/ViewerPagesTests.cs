using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Accounts;

/// <summary>
/// In Chromium: an administrator creates a viewer on /admin/viewers.html; the viewer signs in and the dashboard's
/// pickers offer only its region and court, never the nation; the administrator revokes it.
/// </summary>
public sealed class ViewerPagesTests : PageTests
{
    [Fact]
    public async Task A_viewer_created_on_the_page_sees_only_its_scopes_in_the_dashboard_pickers()
    {
        var admin = await Chromium.OpenAsync(new Uri(Url, "/admin/viewers.html"));
        await SignInAsync(admin);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Viewer accounts" })).ToBeVisibleAsync();
        await admin.GetByLabel("User name").FillAsync("south");
        await admin.GetByLabel("Password (12 characters or more)").FillAsync("south's password");
        await admin.GetByLabel("Regions and courts it may see").SelectOptionAsync(["region:2", "court:11"]);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(admin.Locator("#viewers tbody")).ToContainTextAsync("South, North District 1");
        await Browser.ScreenshotAsync(admin, "administration-viewers");

        var viewer = await Chromium.OpenAsync(new Uri(Url, "/admin/sign-in.html"));
        await SignInAsync(viewer, "south's password", "south");
        await Expect(viewer).ToHaveURLAsync(new Uri(Url, "/").ToString());
        await Expect(viewer.GetByTestId("connection")).ToHaveTextAsync("Connected");

        var regions = viewer.Locator("#region option");
        await Expect(regions).ToHaveTextAsync(["My courts", "South"]);
        await Expect(viewer.Locator("#region")).ToHaveValueAsync("2");
        await Expect(viewer.Locator("#court option")).ToHaveTextAsync(["All courts", "South District 1 (District court)"]);
        await viewer.Locator("#region").SelectOptionAsync("");
        await Expect(viewer.Locator("#court option")).ToHaveTextAsync(["North District 1 (District court)"]);
        await Expect(viewer.Locator("#scope-name")).ToHaveTextAsync("North District 1");
        Assert.DoesNotContain(Chromium.Errors, e => e.Contains("403"));

        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Revoke south" }).ClickAsync();
        await Expect(admin.Locator("#viewers tbody")).ToContainTextAsync("Revoked");
    }
}
