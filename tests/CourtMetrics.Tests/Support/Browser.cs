using Microsoft.Playwright;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// Headless Debian Chromium driven by Playwright, set up in one place for the site tests and the latency
/// benchmark. Nothing is downloaded: the system browser is used, and the flags keep it off the network.
/// Every page records console errors and page errors, so a test can assert there were none.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    // One Chromium for the whole process: starting Playwright's driver and the browser took about a second for every
    // test that opened a page. Each Browser still has contexts of its own (cookies, storage) and its own errors.
    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _shared;

    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _errors = [];

    private Browser(IBrowser browser) => _browser = browser;

    /// <summary>Console errors and uncaught page errors of every page opened so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return [.. _errors]; }
    }

    public static async Task<Browser> LaunchAsync()
    {
        await Launching.WaitAsync();
        try
        {
            if (_shared is not { IsConnected: true })
            {
                _playwright ??= await Playwright.CreateAsync();
                _shared = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs });
            }
            return new Browser(_shared);
        }
        finally
        {
            Launching.Release();
        }
    }

    /// <summary>
    /// Opens a page at a fixed size, locale and time zone, so formatted numbers are predictable. <paramref name="prepare"/>
    /// runs on the new context before the page loads (to route its WebSockets, for instance); <paramref name="lessMotion"/>:
    /// the page as a system that asks for less motion (prefers-reduced-motion) shows it.
    /// </summary>
    public async Task<IPage> OpenAsync(Uri url, int width = 1920, int height = 1080, Func<IBrowserContext, Task>? prepare = null,
        bool lessMotion = false)
    {
        var context = await _browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            Locale = "en-US",
            TimezoneId = "UTC",
            ReducedMotion = lessMotion ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
        });
        lock (_contexts) _contexts.Add(context);
        if (prepare is not null) await prepare(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Record($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record($"page error: {error}");
        await page.GotoAsync(url.ToString());
        return page;
    }

    /// <summary>Saves a full-page screenshot under the test output's artifacts/screenshots/ and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    private void Record(string error)
    {
        lock (_errors) _errors.Add(error);
    }

    /// <summary>Closes this Browser's pages; the Chromium under them serves the next test.</summary>
    public async ValueTask DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts) contexts = [.. _contexts];
        foreach (var context in contexts) await context.CloseAsync();
    }
}
