using CourtMetrics.Security;
using CourtMetrics.Site;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The API reference as a vendor and an administrator see it: reached from the administrators' home page, drawn from
/// the package's own assets with nothing asked of another host, the ingestion endpoint with its example; its looser
/// Content-Security-Policy stays on its own path.
/// </summary>
public sealed class ApiReferencePageTests() : PageTests(seedCourtSystem: false)
{
    [Fact]
    public async Task The_administrators_open_the_ingestion_api_with_its_example_and_nothing_leaves_the_site()
    {
        var elsewhere = new List<string>();
        var page = await Chromium.OpenAsync(new Uri(Url, "/admin/"), prepare: context =>
        {
            context.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(Url.GetLeftPart(UriPartial.Authority)) && !request.Url.StartsWith("data:") && !request.Url.StartsWith("blob:"))
                    lock (elsewhere) elsewhere.Add(request.Url);
            };
            return Task.CompletedTask;
        });
        await SignInAsync(page);
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("api-reference").ClickAsync(), response => response.Url.EndsWith("/api-reference/"));

        Assert.Equal(SecurityHeaders.ApiReferencePolicy, await answer.HeaderValueAsync("content-security-policy"));
        // The reference draws a tag's operations when it is opened: the ingestion API's, from the sidebar.
        await page.Locator("a[href='#tag/ingestion']").ClickAsync(new() { Timeout = 15_000 });
        await Expect(page.GetByText("Sends a batch of events").First).ToBeVisibleAsync();
        await Expect(page.GetByText("/api/ingest/batches").First).ToBeAttachedAsync();
        // The request example of the OpenAPI document, as the reference shows it beside the operation.
        await Expect(page.GetByText("2026-CV-0412").First).ToBeAttachedAsync();
        await Browser.ScreenshotAsync(page, "api-reference");
        Assert.Empty(elsewhere);
        Assert.Empty(Chromium.Errors);

        // Every other page keeps the strict policy, a path that only starts like the reference's included.
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Url };
        foreach (var path in new[] { "/", "/admin/sign-in.html", "/api/measures?family=case-flow", "/api-reference-x", "/openapi/v1.json" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        }
        using var reference = await client.GetAsync(ApiReference.Path + "/");
        Assert.Equal(System.Net.HttpStatusCode.OK, reference.StatusCode);
    }
}
