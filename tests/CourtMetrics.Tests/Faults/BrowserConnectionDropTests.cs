using System.Text.RegularExpressions;
using CourtMetrics.Tests.Site;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// The dashboard in Chromium losing its connection: the hub's WebSocket is cut and the browser goes offline. The
/// page says so, keeps the numbers it had, and once back it shows the server's numbers of now, changes made while it
/// was offline included.
/// </summary>
public sealed class BrowserConnectionDropTests : DashboardFixture
{
    [Fact]
    public async Task A_dashboard_that_loses_its_connection_shows_it_keeps_its_numbers_and_resyncs_when_it_returns()
    {
        var sockets = new List<IWebSocketRoute>();
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=case-flow"), prepare: context =>
            context.RouteWebSocketAsync(new Regex("/hubs/live"), socket =>
            {
                socket.ConnectToServer();
                lock (sockets) sockets.Add(socket);
            }));
        var connection = page.GetByTestId("connection");
        await ExpectTilesAsync(page, "5", "3", "5", "60.0%");
        await Expect(connection).ToHaveTextAsync("Connected");

        await page.Context.SetOfflineAsync(true);
        foreach (var socket in Snapshot(sockets)) await socket.CloseAsync();
        await Expect(connection).Not.ToHaveAttributeAsync("data-state", "connected");
        await Expect(connection).ToHaveTextAsync(new Regex("Reconnecting|Offline"));
        // Changed on the server while the page cannot hear of it.
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("i", 12, 1, ThisMonth, null), ("j", 21, 1, ThisMonth, ThisMonth));
        await App.AggregateAsync();
        await ExpectTilesAsync(page, "5", "3", "5", "60.0%"); // the last numbers stay on screen
        await Browser.ScreenshotAsync(page, "case-flow-offline");

        await page.Context.SetOfflineAsync(false);

        await Expect(connection).ToHaveTextAsync("Connected", new() { Timeout = 30_000 });
        // incoming 5 + 2 = 7, resolved 3 + 1 = 4, pending 5 + 2 - 1 = 6, clearance 4 / 7 = 57.1%: the server's numbers now
        await ExpectTilesAsync(page, "7", "4", "6", "57.1%");
        // Offline, the page's retries fail by design; anything else is a fault.
        Assert.DoesNotContain(UnexpectedErrors(), e => !e.Contains("[live]") && !e.Contains("ERR_INTERNET_DISCONNECTED"));
    }

    private static List<IWebSocketRoute> Snapshot(List<IWebSocketRoute> sockets)
    {
        lock (sockets) return [.. sockets];
    }
}
