using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The dashboard in a real Chromium against the real app and database, with a hand-made court system. This month,
/// hand-computed: nation incoming 5, resolved 3, pending 5, clearance 60.0 %; North (courts 11, 12) 3, 2, 3,
/// 66.7 %; court 11: 2, 2, 2, 100.0 %.
/// </summary>
public abstract class DashboardFixture : IAsyncLifetime
{
    protected AppFactory App { get; private set; } = new();
    protected Browser Browser { get; private set; } = null!;
    protected Uri Url { get; private set; } = null!;

    protected static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    protected static readonly string ThisMonth = new DateOnly(Today.Year, Today.Month, 1).ToString("yyyy-MM-dd");
    protected static readonly string Earlier = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).AddDays(9).ToString("yyyy-MM-dd");

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        Url = App.StartOnRealPort(LoopbackPorts.Free());
        await CourtSystemFixture.SeedAsync(App.DataSource);
        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("a", 11, 1, Earlier, null), ("b", 11, 1, Earlier, ThisMonth),
            ("c", 11, 1, ThisMonth, null), ("d", 11, 2, ThisMonth, ThisMonth),
            ("e", 12, 1, ThisMonth, null),
            ("f", 21, 1, ThisMonth, null), ("g", 21, 2, ThisMonth, null), ("h", 21, 1, Earlier, ThisMonth));
        await App.AggregateAsync();
        Browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    /// <summary>Stops the server and starts another on the same port and database, as an operator's restart.</summary>
    protected async Task RestartServerAsync()
    {
        var next = App.Restarted();
        await App.DisposeAsync();
        App = next;
        App.StartOnRealPort(Url.Port);
    }

    protected static ILocator Tile(IPage page, string measure) => page.GetByTestId($"tile-{measure}");

    protected static async Task ExpectTilesAsync(IPage page, string incoming, string resolved, string pending, string clearance)
    {
        await Expect(Tile(page, "incoming")).ToHaveTextAsync(incoming);
        await Expect(Tile(page, "resolved")).ToHaveTextAsync(resolved);
        await Expect(Tile(page, "pending-end")).ToHaveTextAsync(pending);
        await Expect(Tile(page, "clearance-rate")).ToHaveTextAsync(clearance);
    }

    protected static Task<bool> ScrollsSidewaysAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => [document.documentElement, document.body].some(e => e.scrollWidth > e.clientWidth)");

    /// <summary>
    /// Console errors, except the browser's own notes of a server that is restarting or a network that is gone
    /// (the page is meant to retry).
    /// </summary>
    protected IReadOnlyList<string> UnexpectedErrors() =>
        Browser.Errors.Where(e => !e.Contains("ERR_CONNECTION_REFUSED") && !e.Contains("ERR_INTERNET_DISCONNECTED")
            && !e.Contains("/api/simulation/status")).ToList();
}
