using System.Net.Http.Json;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CourtMetrics.Tests.ScaleOut;

/// <summary>
/// With Node:KeysDirectory, the keys that sign session cookies live in a folder every web node shares, so an
/// administrator signed in through one node stays signed in on another (as after a failover).
/// </summary>
public sealed class SharedKeysTests : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("courtmetrics-keys-").FullName;
    private readonly AppFactory _first = new();
    private AppFactory? _second;

    public async Task InitializeAsync()
    {
        // Web nodes: two hosts in one test process must not both run Hangfire servers.
        _first.With("Node:KeysDirectory", _keys).With("Node:Role", "web");
        await ((IAsyncLifetime)_first).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task A_session_cookie_from_one_node_is_accepted_by_another_sharing_the_keys()
    {
        var noCookies = new WebApplicationFactoryClientOptions { HandleCookies = false };
        using var first = _first.CreateClient(noCookies);
        var signIn = await first.PostAsJsonAsync("/api/account/sign-in",
            new { userName = AppFactory.AdministratorName, password = AppFactory.AdministratorPassword });
        signIn.EnsureSuccessStatusCode();
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        Assert.Single(Directory.GetFiles(_keys, "key-*.xml"));

        _second = _first.Restarted();
        using var second = _second.CreateClient(noCookies);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        request.Headers.Add("Cookie", cookie);
        var session = await second.SendAsync(request);

        Assert.True(session.IsSuccessStatusCode, $"the second node answered {(int)session.StatusCode}");
        Assert.Contains(AppFactory.AdministratorName, await session.Content.ReadAsStringAsync());
    }
}
