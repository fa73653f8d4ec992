using System.Text.Json;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Presentation;

/// <summary>A screen left playing for hours: it outlives a server restart and a lost network, and its memory stays flat.</summary>
public sealed class PresentationUnattendedTests(ITestOutputHelper output) : PresentationPage
{
    [Fact]
    public async Task After_a_server_restart_it_keeps_the_last_numbers_shows_only_a_mark_and_resumes_by_itself()
    {
        var page = await PresentAsync();
        await page.Keyboard.PressAsync((ClearanceSlide + 1).ToString());
        await Expect(page.GetByTestId("value")).ToHaveTextAsync("60.0%");
        await page.EvaluateAsync("""
            () => { window.marks = []; new MutationObserver(() => window.marks.push(document.getElementById('mark').dataset.state))
                      .observe(document.getElementById('mark'), { attributes: true }); }
            """);

        await RestartServerAsync();
        await Expect(page.GetByTestId("value")).ToHaveTextAsync("60.0%"); // the last numbers stay on screen
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("late", 21, 1, Earlier, ThisMonth));
        await App.AggregateAsync();

        await Expect(page.GetByTestId("value")).ToHaveTextAsync("80.0%"); // 4 resolved of 5 incoming
        await Expect(page.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "connected");
        Assert.Contains("reconnecting", await page.EvaluateAsync<string[]>("() => window.marks"));
        Assert.Equal("", await page.EvaluateAsync<string>("() => document.getElementById('mark').textContent"));
        await ExpectProjectorReadyAsync(page);
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task When_the_network_goes_away_it_keeps_the_last_numbers_shows_only_a_mark_and_catches_up_when_it_returns()
    {
        var page = await PresentAsync();
        await page.Keyboard.PressAsync((ClearanceSlide + 1).ToString());
        await Expect(page.GetByTestId("value")).ToHaveTextAsync("60.0%");

        await page.Context.SetOfflineAsync(true);
        // The socket stalls without a word; the client notices when the server's keep-alives stop coming.
        await Expect(page.GetByTestId("mark")).Not.ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 90_000 });
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("while-offline", 21, 1, Earlier, ThisMonth));
        await App.AggregateAsync();
        await page.WaitForTimeoutAsync(3000);
        await Expect(page.GetByTestId("value")).ToHaveTextAsync("60.0%"); // the last numbers stay on screen
        Assert.Equal("", await page.EvaluateAsync<string>("() => document.getElementById('mark').textContent"));
        await ExpectProjectorReadyAsync(page);

        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("value")).ToHaveTextAsync("80.0%"); // the change made meanwhile: 4 resolved of 5
        await ExpectProjectorReadyAsync(page);
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task A_thousand_accelerated_slide_changes_with_live_updates_keep_the_heap_and_the_page_flat()
    {
        var page = await PresentAsync("interval=20");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        Task<int> ChangesAsync() => page.EvaluateAsync<int>("() => Number(document.getElementById('stage').dataset.changes)");

        // Measured paused on the first slide, so the same slide's elements are counted each time.
        async Task<(double Heap, int Elements)> MeasureAsync()
        {
            await page.Keyboard.PressAsync(" ");
            await Expect(page.GetByTestId("slide")).ToHaveAttributeAsync("data-paused", "true");
            await page.Keyboard.PressAsync("1");
            await ExpectSlideAsync(page, 0);
            await cdp.SendAsync("HeapProfiler.collectGarbage");
            var usage = (JsonElement)(await cdp.SendAsync("Runtime.getHeapUsage"))!;
            var measured = (usage.GetProperty("usedSize").GetDouble(), await page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length"));
            await page.Keyboard.PressAsync(" ");
            return measured;
        }

        await page.WaitForFunctionAsync("() => Number(document.getElementById('stage').dataset.changes) >= 40", null, new() { Timeout = 120_000 });
        var before = await MeasureAsync();
        var start = await ChangesAsync();
        var pushed = 0;
        while (await ChangesAsync() < start + 1000)
        {
            await CourtSystemFixture.AddCasesAsync(App.DataSource, ($"live-{pushed++}", 21, 1, ThisMonth, null));
            await App.AggregateAsync();
            await page.WaitForTimeoutAsync(500);
        }
        var after = await MeasureAsync();

        output.WriteLine($"{await ChangesAsync() - start} slide changes, {pushed} live updates: heap {before.Heap:N0} → {after.Heap:N0} bytes, {before.Elements} → {after.Elements} elements");
        Assert.True(await ChangesAsync() - start >= 1000);
        Assert.Equal(before.Elements, after.Elements);
        Assert.True(after.Heap - before.Heap < 50_000_000, $"the heap grew from {before.Heap:N0} to {after.Heap:N0} bytes over 1,000 slides");
        // Every push reached the screen: clearance is 3 resolved of 5 + the cases filed meanwhile.
        await page.Keyboard.PressAsync(" ");
        await page.Keyboard.PressAsync((ClearanceSlide + 1).ToString());
        // Intl rounds half away from zero (3 of 48 = 6.25 % shows 6.3 %); Math.Round would round it to even.
        var shown = Math.Round(300.0 / (5 + pushed), 1, MidpointRounding.AwayFromZero);
        await Expect(page.GetByTestId("value")).ToHaveTextAsync(FormattableString.Invariant($"{shown:0.0}%"));
        Assert.Empty(Browser.Errors);
    }
}
