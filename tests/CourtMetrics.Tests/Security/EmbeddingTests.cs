using System.Net;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Security;

/// <summary>
/// The app allowing one other site to frame its public dashboards (Security:FrameAncestors = http://localhost:P),
/// and that site: a page on a second loopback port framing the dashboard and the sign-in page. The same page under
/// http://127.0.0.1:P is another origin, one not listed.
/// </summary>
public sealed class EmbeddingSites : IAsyncLifetime
{
    private readonly int _port = LoopbackPorts.Free();
    private WebApplication _portal = null!;

    public AppFactory App { get; } = new();
    public Uri Url { get; private set; } = null!;
    public Uri Listed => new($"http://localhost:{_port}/");
    public Uri NotListed => new($"http://127.0.0.1:{_port}/");

    public async Task InitializeAsync()
    {
        App.With("Security:FrameAncestors:0", Listed.GetLeftPart(UriPartial.Authority));
        await ((IAsyncLifetime)App).InitializeAsync();
        Url = App.StartOnRealPort();
        await CourtSystemFixture.SeedAsync(App.DataSource);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => { kestrel.Listen(IPAddress.Loopback, _port); kestrel.Listen(IPAddress.IPv6Loopback, _port); });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _portal = builder.Build();
        _portal.MapGet("/", () => Results.Content($"""
            <!doctype html><title>Portal</title><link rel="icon" href="data:,">
            <iframe id="dashboard" src="{Url}" width="1200" height="700"></iframe>
            <iframe id="sign-in" src="{new Uri(Url, "/admin/sign-in.html")}" width="600" height="400"></iframe>
            """, "text/html"));
        await _portal.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

/// <summary>Embedding the public showcase in Chromium: a listed site may frame the dashboards, others and administration may not.</summary>
public sealed class EmbeddingTests(EmbeddingSites sites) : IClassFixture<EmbeddingSites>
{
    private const string Blocked = "chrome-error://chromewebdata/";

    [Fact]
    public async Task A_listed_site_shows_the_live_dashboard_in_its_frame_but_not_the_sign_in_page()
    {
        await using var chromium = await Browser.LaunchAsync();
        var page = await chromium.OpenAsync(sites.Listed);

        await Expect(page.FrameLocator("#dashboard").GetByTestId("connection")).ToHaveTextAsync("Connected");
        await Expect(page.FrameLocator("#dashboard").Locator("#region")).ToContainTextAsync("North");
        await Eventually.ValueAsync(async () => await FrameUrlAsync(page, "#sign-in") == Blocked ? "blocked" : null, 20);
        // The one complaint of the page: Chromium's refusal of the sign-in page; the framed dashboard has none.
        Assert.Equal([$"Framing '{sites.Url}' violates the following Content Security Policy directive: \"frame-ancestors 'none'\". The request has been blocked."],
            chromium.Errors.Select(e => e["console: ".Length..e.LastIndexOf(" (")].Trim()));
    }

    [Fact]
    public async Task A_site_not_listed_gets_no_dashboard_in_its_frame()
    {
        await using var chromium = await Browser.LaunchAsync();
        var page = await chromium.OpenAsync(sites.NotListed);

        await Eventually.ValueAsync(async () => await FrameUrlAsync(page, "#dashboard") == Blocked ? "blocked" : null, 20);
        Assert.Contains(chromium.Errors, e => e.Contains($"Framing '{sites.Url}' violates") && e.Contains($"\"frame-ancestors {sites.Listed.GetLeftPart(UriPartial.Authority)}\""));
    }

    [Fact]
    public async Task Only_the_showcase_answers_name_the_listed_site_administration_still_refuses_every_frame()
    {
        using var client = new HttpClient { BaseAddress = sites.Url };
        var dashboard = await client.GetAsync("/");
        var signIn = await client.GetAsync("/admin/sign-in.html");

        Assert.EndsWith($"frame-ancestors {sites.Listed.GetLeftPart(UriPartial.Authority)}", dashboard.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(dashboard.Headers.Contains("X-Frame-Options"));
        Assert.EndsWith("frame-ancestors 'none'", signIn.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", signIn.Headers.GetValues("X-Frame-Options").Single());
    }

    private static async Task<string?> FrameUrlAsync(IPage page, string selector) =>
        (await (await page.QuerySelectorAsync(selector))!.ContentFrameAsync())?.Url;
}
