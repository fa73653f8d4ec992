using Microsoft.Playwright;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// For the tests of a page: the app on a real loopback port (with the small court system unless told otherwise) and
/// a Chromium, both the test's own.
/// </summary>
public abstract class PageTests(bool seedCourtSystem = true) : IAsyncLifetime
{
    protected AppFactory App { get; } = new();
    protected Browser Chromium { get; private set; } = null!;
    protected Uri Url { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        Url = App.StartOnRealPort();
        if (seedCourtSystem) await CourtSystemFixture.SeedAsync(App.DataSource);
        Chromium = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    /// <summary>Fills the sign-in page shown with an account's name (the first administrator's) and password, and sends it.</summary>
    protected static async Task SignInAsync(IPage page, string password = AppFactory.AdministratorPassword,
        string userName = AppFactory.AdministratorName)
    {
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
