using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Presentation;

/// <summary>The showcase plays by itself and answers a keyboard or a presentation clicker.</summary>
public sealed class PresentationPlaybackTests : PresentationPage
{
    [Fact]
    public async Task The_showcase_rotates_by_itself_and_arrows_page_keys_digits_and_space_drive_it()
    {
        var page = await PresentAsync("interval=400");
        await page.WaitForFunctionAsync("() => Number(document.getElementById('stage').dataset.changes) >= 3"); // moved on twice by itself

        await page.Keyboard.PressAsync(" ");
        await Expect(Stage(page)).ToHaveAttributeAsync("data-paused", "true");
        await page.Keyboard.PressAsync(((ClearanceSlide + 1) % 10).ToString());
        await ExpectSlideAsync(page, ClearanceSlide);
        await Expect(page.GetByTestId("title")).ToHaveTextAsync(NameOf("clearance_rate", "en"));
        await Expect(page.GetByTestId("value")).ToHaveTextAsync("60.0%");
        await Expect(page.GetByTestId("scope")).ToHaveTextAsync("This country");
        var changes = await Stage(page).GetAttributeAsync("data-changes");
        await page.WaitForTimeoutAsync(1200); // three intervals: paused, it stays
        await Expect(Stage(page)).ToHaveAttributeAsync("data-changes", changes!);

        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectSlideAsync(page, ClearanceSlide + 1);
        await page.Keyboard.PressAsync("PageDown");
        await ExpectSlideAsync(page, ClearanceSlide + 2);
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("ArrowLeft");
        await ExpectSlideAsync(page, ClearanceSlide);
        await page.Keyboard.PressAsync("1");
        await ExpectSlideAsync(page, 0);
        await page.Keyboard.PressAsync("ArrowLeft"); // from the first to the last
        await ExpectSlideAsync(page, LastSlide);
        await page.Keyboard.PressAsync("0");
        await ExpectSlideAsync(page, 9);
        await page.Keyboard.PressAsync("F"); // full screen may be refused headless; the slide stays and nothing breaks
        await ExpectSlideAsync(page, 9);

        await ExpectProjectorReadyAsync(page);
        await Browser.ScreenshotAsync(page, "presentation-spending-comparison");
        await page.Keyboard.PressAsync(" ");
        await Expect(Stage(page)).ToHaveAttributeAsync("data-paused", "false");
        await Expect(Stage(page)).Not.ToHaveAttributeAsync("data-index", "9"); // playing again
        Assert.Empty(Browser.Errors);
    }
}
