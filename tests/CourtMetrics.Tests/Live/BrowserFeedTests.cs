using System.Text.Json;
using CourtMetrics.Tests.Support;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Live;

/// <summary>
/// The page's live feed (wwwroot/js/live.js) in Chromium: it routes pushes by the key the server gave the subscription,
/// so a request the server reads differently from how the page wrote it (courts in another order, dates left to
/// the server's defaults) still gets its numbers, at once and after each change.
/// </summary>
[Trait("Calendar", "today")]
public sealed class BrowserFeedTests() : PageTests
{
    [Fact]
    public async Task A_request_the_server_normalises_gets_its_first_answer_and_every_push_under_the_pages_own_key()
    {
        var page = await Chromium.OpenAsync(Url);
        await page.EvaluateAsync("""
            async () => {
              const { LiveFeed } = await import('/js/live.js');
              window.received = [];
              const ignore = () => {};
              const feed = new LiveFeed({ onUpdate: u => window.received.push(u), onState: ignore,
                onError: e => window.received.push({ error: e }), onAlerts: ignore, onTargets: ignore, onAnnotations: ignore });
              await feed.start();
              feed.watch([{ family: 'case-flow', scope: 'courts:21,11', category: null, granularity: 'month', from: null, to: null }]);
            }
            """);
        const string localKey = "case-flow|courts:21,11||month||";
        var first = await ReceivedAsync(page, 1);
        Assert.Equal(localKey, first[0].GetProperty("key").GetString());

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("feed-1", 21, 1, Day(0, 1), null), ("feed-2", 11, 2, Day(0, 1), null));
        await App.AggregateAsync();

        var pushed = (await ReceivedAsync(page, 2))[1];
        Assert.Equal(localKey, pushed.GetProperty("key").GetString());
        Assert.Equal(2, pushed.GetProperty("series").GetProperty("points").EnumerateArray().Last().GetProperty("values").GetProperty("incoming").GetDouble());
    }

    private static async Task<JsonElement[]> ReceivedAsync(Microsoft.Playwright.IPage page, int count)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            var received = (await page.EvaluateAsync<JsonElement>("() => JSON.parse(JSON.stringify(window.received))")).EnumerateArray().ToArray();
            if (received.Any(r => r.TryGetProperty("error", out _))) Assert.Fail(string.Join(", ", received));
            if (received.Length >= count) return received;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the page received fewer than {count} updates");
    }
}
