using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.ScaleOut;

/// <summary>A node's role is checked when it starts: a typo must not quietly give a node with no jobs or no pages.</summary>
public sealed class NodeRoleOptionsTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().With("Node:Role", "webserver");

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public void An_unknown_role_stops_the_start_naming_the_roles_there_are()
    {
        var error = Assert.ThrowsAny<Exception>(() => _app.CreateClient());

        Assert.Contains("Node:Role must be web, worker or both", error.ToString());
    }
}
