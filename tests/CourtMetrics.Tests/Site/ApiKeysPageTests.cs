using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>An administrator creates a source system's key on /admin/api-keys.html, the system sends with it, and the key is revoked.</summary>
public sealed class ApiKeysPageTests : PageTests
{
    [Fact]
    public async Task A_key_created_on_the_page_is_shown_once_sends_batches_and_once_revoked_is_refused()
    {
        var page = await Chromium.OpenAsync(new Uri(Url, "/admin/api-keys.html"));
        await SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "API keys" })).ToBeVisibleAsync();

        await page.GetByLabel("Name").FillAsync("South CMS");
        await page.GetByLabel("Source system").FillAsync("south-cms");
        await page.GetByLabel("Courts (none chosen: every court)").SelectOptionAsync("S-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(page.Locator("#new-key-value")).ToContainTextAsync("cmk_");
        var key = await page.Locator("#new-key-value").TextContentAsync();
        await Expect(page.Locator("#keys tbody")).ToContainTextAsync("south-cms");
        await Expect(page.Locator("#keys tbody")).ToContainTextAsync("S-1");
        await Expect(page.Locator("#keys tbody")).Not.ToContainTextAsync(key!);

        using var system = new HttpClient { BaseAddress = Url };
        system.DefaultRequestHeaders.Add("X-Api-Key", key);
        var visit = new { items = new[] { new { kind = "portal_use", court = "S-1", day = "2024-01-02", visits = 4 } } };
        Assert.Equal(HttpStatusCode.OK, (await system.PostAsJsonAsync("/api/ingest/batches", visit)).StatusCode);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke South CMS" }).ClickAsync();
        await Expect(page.Locator("#keys tbody")).ToContainTextAsync("Revoked");

        Assert.Equal(HttpStatusCode.Unauthorized, (await system.PostAsJsonAsync("/api/ingest/batches", visit)).StatusCode);
        await Browser.ScreenshotAsync(page, "administration-api-keys");
        Assert.DoesNotContain(Chromium.Errors, e => !e.Contains("401"));
    }
}
