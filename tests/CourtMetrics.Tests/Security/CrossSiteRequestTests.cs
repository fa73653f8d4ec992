using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Security;

/// <summary>Antiforgery: what a browser says another site started may read but not change anything.</summary>
public sealed class CrossSiteRequestTests : IAsyncLifetime
{
    private readonly CourtSystemApp _app = new();

    /// <summary>The small court system, so that a viewer can be given one of its courts.</summary>
    private sealed class CourtSystemApp : AppFactory
    {
        protected override Task SeedAsync() => CourtSystemFixture.SeedAsync(DataSource);
    }

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_change_another_site_starts_is_refused_even_with_a_session_and_the_same_change_from_the_site_passes()
    {
        var admin = await _app.AdministratorClientAsync();
        var viewer = new { userName = "cross-site-victim", password = "a long enough password 1", scopes = new[] { "court:11" } };
        async Task<HttpResponseMessage> CreateViewerFromAsync(string site)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/viewers") { Content = JsonContent.Create(viewer) };
            request.Headers.Add("Sec-Fetch-Site", site);
            return await admin.SendAsync(request);
        }
        async Task<int> AccountsNamedAsync() => await _app.DataSource.CreateConnection()
            .ExecuteScalarAsync<int>("SELECT count(*) FROM administrators WHERE user_name = @userName", new { viewer.userName });

        foreach (var site in new[] { "cross-site", "same-site" })
        {
            var refused = await CreateViewerFromAsync(site);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Cross-site request refused", problem.GetProperty("title").GetString());
            Assert.Contains(site, problem.GetProperty("detail").GetString());
        }
        Assert.Equal(0, await AccountsNamedAsync());

        // Reading stays open to links from anywhere; the page's own request goes through.
        using (var read = new HttpRequestMessage(HttpMethod.Get, "/api/admin/viewers"))
        {
            read.Headers.Add("Sec-Fetch-Site", "cross-site");
            Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(read)).StatusCode);
        }
        Assert.True((await CreateViewerFromAsync("same-origin")).IsSuccessStatusCode);
        Assert.Equal(1, await AccountsNamedAsync());
    }
}
