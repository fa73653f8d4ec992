using CourtMetrics.Live;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// What most tests of the app start from: the real app on a fresh database of the test's own, the change feed
/// listening, and the data the class seeds (CourtSystemFixture's unless it says otherwise). Pages: PageTests.
/// </summary>
public abstract class AppTests : IAsyncLifetime
{
    protected AppFactory App { get; } = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        await App.Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        await SeedAsync();
    }

    /// <summary>The class's data, written once the app runs.</summary>
    protected virtual Task SeedAsync() => CourtSystemFixture.SeedAsync(App.DataSource);

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}
