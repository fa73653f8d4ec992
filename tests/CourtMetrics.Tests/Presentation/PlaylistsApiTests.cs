using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Presentation;

public sealed class PlaylistsApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await PeerStatistics.SeedAsync(DataSource);
    }
}

/// <summary>Administrators save playlists; the player reads them without signing in; nobody else changes them.</summary>
public sealed class PlaylistsApiTests(PlaylistsApp app) : IClassFixture<PlaylistsApp>
{
    private static object Playlist(string name, params object[] slides) => new
    {
        name, language = "kk", captionLanguage = "ru", intervalSeconds = 20, theme = "light", scope = "region:1", slides,
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task An_administrator_saves_edits_and_deletes_a_playlist_that_anyone_can_play()
    {
        using var admin = await app.AdministratorClientAsync();
        var created = await admin.PostAsJsonAsync("/api/playlists", Playlist("Delegates",
            new { kind = "measure", metric = "e_filing_share" }, new { kind = "comparison", metric = "clearance_rate", peers = new[] { "WL", "EL" } }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        using var player = app.CreateClient();
        var played = await JsonAsync(await player.GetAsync($"/api/playlists/{id}"));
        Assert.Equal("Delegates", played.GetProperty("name").GetString());
        Assert.Equal("ru", played.GetProperty("captionLanguage").GetString());
        Assert.Equal(["e_filing_share", "clearance_rate"], played.GetProperty("slides").EnumerateArray().Select(s => s.GetProperty("metric").GetString()));
        Assert.Equal(["WL", "EL"], played.GetProperty("slides")[1].GetProperty("peers").EnumerateArray().Select(p => p.GetString()));

        var edited = await admin.PutAsJsonAsync($"/api/playlists/{id}", Playlist("Delegates, day 2", new { kind = "chart", metric = "duration_p50" }));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Delegates, day 2", (await JsonAsync(await player.GetAsync($"/api/playlists/{id}"))).GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/playlists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await player.GetAsync($"/api/playlists/{id}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_users_may_not_create_change_or_delete_playlists()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/playlists", Playlist("x", new { kind = "measure", metric = "resolved" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/playlists/1", Playlist("x", new { kind = "measure", metric = "resolved" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/playlists/1")).StatusCode);
        var page = await app.AnonymousClient().GetAsync("/admin/playlists.html");
        Assert.StartsWith("/admin/sign-in.html?ReturnUrl=", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_bad_playlist_is_refused_naming_each_bad_field_and_nothing_is_saved()
    {
        using var admin = await app.AdministratorClientAsync();
        var before = (await JsonAsync(await admin.GetAsync("/api/playlists"))).GetArrayLength();
        var refused = await admin.PostAsJsonAsync("/api/playlists", new
        {
            name = "", language = "de", captionLanguage = "de", intervalSeconds = 1, theme = "neon", scope = "planet:3",
            slides = new object[] { new { kind = "measure", metric = "resolved" }, new { kind = "measure", metric = "happiness" }, new { kind = "video", metric = "resolved" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await JsonAsync(refused)).GetProperty("errors");
        Assert.Equal(["captionLanguage", "intervalSeconds", "language", "name", "scope", "slides[1].metric", "slides[2].kind", "theme"],
            errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("'happiness' is not a measure of the catalogue", errors.GetProperty("slides[1].metric")[0].GetString());

        var unknownPeer = await admin.PostAsJsonAsync("/api/playlists", Playlist("x", new { kind = "comparison", metric = "clearance_rate", peers = new[] { "WL", "Atlantis" } }));
        Assert.Equal("no yearly statistics unit Atlantis", (await JsonAsync(unknownPeer)).GetProperty("errors").GetProperty("slides[0].peers")[0].GetString());
        var tooMany = await admin.PostAsJsonAsync("/api/playlists", Playlist("x", Enumerable.Repeat<object>(new { kind = "measure", metric = "resolved" }, 51).ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(before, (await JsonAsync(await admin.GetAsync("/api/playlists"))).GetArrayLength());
    }

    [Fact]
    public async Task The_default_playlist_is_the_showcase_and_reference_values_name_their_source_and_year()
    {
        using var client = app.CreateClient();
        var showcase = await JsonAsync(await client.GetAsync("/api/playlists/default"));
        Assert.Equal(
            ["e_filing_share", "video_hearing_share", "extraterritorial_share", "ai_assisted_share", "duration_p50", "clearance_rate",
             "spending_per_inhabitant", "budget_floor_compliance"],
            showcase.GetProperty("slides").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "measure").Select(s => s.GetProperty("metric").GetString()));

        var references = await JsonAsync(await client.GetAsync("/api/reference-values"));
        var spending = references.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("metric").GetString() == "spending_per_inhabitant");
        Assert.Equal(85.4, spending.GetProperty("value").GetDouble());
        Assert.Equal(2022, spending.GetProperty("dataYear").GetInt32());
        Assert.Contains("CEPEJ", spending.GetProperty("source").GetString());
        Assert.Contains(references.GetProperty("notShipped").EnumerateArray(), n => n.GetProperty("metric").GetString() == "clearance_rate");
    }
}
