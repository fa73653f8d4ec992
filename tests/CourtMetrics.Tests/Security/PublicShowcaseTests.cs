using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Security;

public sealed class ClosedShowcaseApp : AppFactory
{
    public ClosedShowcaseApp() => With("Accounts:PublicShowcase", "false");
}

public sealed class PublicShowcaseTests(ClosedShowcaseApp app) : IClassFixture<ClosedShowcaseApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/present.html")]
    [InlineData("/js/main.js")]
    public async Task Without_the_showcase_an_anonymous_visitor_of_a_dashboard_is_sent_to_the_sign_in_page(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/sign-in.html", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task Without_the_showcase_the_read_apis_and_the_live_hub_answer_401_to_anonymous_programs()
    {
        var client = app.AnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/regions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null)).StatusCode);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => app.ConnectHubAsync());
    }

    [Fact]
    public async Task Without_the_showcase_a_signed_in_account_sees_the_dashboards_and_the_data()
    {
        var client = await app.AdministratorClientAsync();

        Assert.Contains("<html", await client.GetStringAsync("/"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html", await client.GetStringAsync("/present.html"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task Without_the_showcase_the_sign_in_page_and_what_it_loads_stay_open()
    {
        var client = app.AnonymousClient();

        foreach (var path in new[] { "/admin/sign-in.html", "/admin/sign-in.js", "/admin/admin.css", "/admin/admin.js", "/admin/text.js", "/admin/strings.json", "/app.css", "/favicon.svg" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Without_the_showcase_a_viewer_sees_only_its_scopes_and_nothing_at_all_once_revoked()
    {
        await using (var connection = await app.DataSource.OpenConnectionAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO regions (id, code, name, population) VALUES (7, 'W', 'West', 1) ON CONFLICT (id) DO NOTHING");
        var admin = await app.AdministratorClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/viewers", new { userName = "west", password = "west's password", scopes = new[] { "region:7" } });
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var viewer = await app.SignedInClientAsync("west", "west's password");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/measures?family=case-flow&scope=region:7")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/measures?family=case-flow&scope=nation")).StatusCode);

        await admin.DeleteAsync($"/api/admin/viewers/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("/api/measures?family=case-flow&scope=region:7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("/api/regions")).StatusCode);
    }
}
