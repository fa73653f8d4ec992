using CourtMetrics.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Presentation;

/// <summary>An administrator composes a playlist on the administration page; its URL plays it on a kiosk screen.</summary>
public sealed class PresentationKioskTests : PresentationPage
{
    [Fact]
    public async Task A_playlist_composed_on_the_administration_page_opens_by_its_url_in_its_languages_theme_and_scope()
    {
        var admin = await Browser.OpenAsync(new Uri(Url, "/admin/playlists.html"));
        await admin.GetByLabel("User name").FillAsync(AppFactory.AdministratorName);
        await admin.GetByLabel("Password").FillAsync(AppFactory.AdministratorPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Presentation playlists" })).ToBeVisibleAsync();

        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Delegates");
        await admin.GetByLabel("Slides in").SelectOptionAsync("ru");
        await admin.GetByLabel("Captions in").SelectOptionAsync("kk");
        await admin.GetByLabel("Seconds per slide").FillAsync("20");
        await admin.GetByLabel("Theme").SelectOptionAsync("light");
        await admin.GetByLabel("Scope").SelectOptionAsync("region:1");
        var slides = admin.Locator("#slides tbody tr");
        await slides.Nth(0).GetByLabel("Kind").SelectOptionAsync("chart");
        await slides.Nth(0).GetByLabel("Measure").SelectOptionAsync("resolved");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add slide" }).ClickAsync();
        await slides.Nth(1).GetByLabel("Measure").SelectOptionAsync("clearance_rate");
        // a closing slide takes no measure: the public dashboard's QR code
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add slide" }).ClickAsync();
        await slides.Nth(2).GetByLabel("Kind").SelectOptionAsync("closing");
        await Expect(slides.Nth(2).GetByLabel("Measure")).ToBeDisabledAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save playlist" }).ClickAsync();
        var present = admin.GetByRole(AriaRole.Link, new() { Name = "Present Delegates" });
        await Expect(present).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(admin, "administration-playlists");

        // The offline backup: the deck button downloads this playlist as a valid PPTX, a title slide and one per slide,
        // the last the closing slide's QR code.
        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.GetByRole(AriaRole.Button, new() { Name = "Download Delegates as PPTX" }).DispatchEventAsync("click"));
        Assert.Matches(@"/api/playlists/\d+/deck\.pptx\?lang=ru$", download.Url);
        using (var deck = PresentationDocument.Open(await download.PathAsync(), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(deck).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            var ordered = deck.PresentationPart!.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
                .Select(id => (SlidePart)deck.PresentationPart.GetPartById(id.RelationshipId!)).ToList();
            Assert.Equal(1 + 3, ordered.Count);
            Assert.Contains("Delegates — North", ordered[0].Slide.InnerText);
            Assert.All(ordered.Skip(1), slide => Assert.Single(slide.ImageParts));
            Assert.Contains("Следите за показателями онлайн", ordered[3].Slide.InnerText);
        }

        var kiosk = await PresentAsync((await present.GetAttributeAsync("href"))!.Split('?')[1]);
        await Expect(kiosk.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await Expect(kiosk.GetByTestId("title")).ToHaveTextAsync($"{NameOf("resolved", "ru")}: динамика");
        await Expect(kiosk.GetByTestId("caption")).ToHaveTextAsync($"{NameOf("resolved", "kk")}: серпін");
        await Expect(kiosk.GetByTestId("scope")).ToHaveTextAsync("North");
        await Expect(kiosk.GetByTestId("value")).ToHaveTextAsync("2"); // North resolved 2 cases this month
        await kiosk.Keyboard.PressAsync("ArrowRight");
        await Expect(kiosk.GetByTestId("value")).ToHaveTextAsync("66,7\u00a0%"); // Russian, by the product's rules
        await Expect(kiosk.GetByTestId("position")).ToHaveTextAsync("2 / 3");
        await ExpectProjectorReadyAsync(kiosk);
        await Browser.ScreenshotAsync(kiosk, "presentation-kiosk-playlist-ru-kk-light");
        await kiosk.Keyboard.PressAsync("ArrowRight");
        await Expect(kiosk.GetByTestId("address")).ToHaveTextAsync(Url.ToString());

        Assert.Empty(Browser.Errors);
    }
}
