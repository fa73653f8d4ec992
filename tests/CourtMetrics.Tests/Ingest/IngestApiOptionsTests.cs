using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Ingest;

/// <summary>The ingestion API's limits are checked when the site starts, not when the first batch comes.</summary>
public sealed class IngestApiOptionsTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().With("IngestApi:MaxItems", "0");

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public void A_batch_size_limit_of_zero_stops_the_start_naming_the_setting()
    {
        var error = Assert.ThrowsAny<Exception>(() => _app.CreateClient());

        Assert.Contains("MaxItems", error.ToString());
    }
}
