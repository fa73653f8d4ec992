namespace CourtMetrics.Tests.Support;

/// <summary>
/// A class fixture: one app over the small court system (CourtSystemFixture) with its administrator signed in, for
/// classes whose tests change nothing — reads, and requests that are refused — so that they need not each start one.
/// </summary>
public class CourtSystemApp : AppFactory
{
    public HttpClient Administrator { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        Administrator = await AdministratorClientAsync();
    }
}
