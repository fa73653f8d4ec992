using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Tests.Support;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static CourtMetrics.Tests.Support.Months;

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

        // The showcase opens with the title slide of the headline figures and ends with the closing slide.
        var slides = showcase.GetProperty("slides").EnumerateArray().ToList();
        Assert.Equal("title", slides[0].GetProperty("kind").GetString());
        Assert.Equal(["e_filing_share", "video_hearing_share", "extraterritorial_share", "ai_assisted_share", "duration_p50", "clearance_rate"],
            slides[0].GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("closing", slides[^1].GetProperty("kind").GetString());
    }

    [Fact]
    [Trait("Calendar", "today")]
    public async Task A_deck_opens_with_the_court_systems_name_and_headline_figures_names_shares_by_their_standard_and_ends_with_a_readable_qr_code()
    {
        var first = Start(0).ToString("yyyy-MM-dd");
        await using (var connection = await app.DataSource.OpenConnectionAsync())
            await connection.ExecuteAsync("""
                UPDATE court_system_settings SET names = '{"en": "Courts of Northland", "kk": "Солтүстік ел соттары"}';
                INSERT INTO time_standards VALUES (1, 180, 0.75), (2, 90, 0.75) ON CONFLICT DO NOTHING;
                """);
        // This year: 4 filed, 3 of them decided the day they were filed.
        await CourtSystemFixture.AddCasesAsync(app.DataSource,
            ("deck-1", 11, 1, first, first), ("deck-2", 11, 1, first, first), ("deck-3", 21, 1, first, first), ("deck-4", 21, 2, first, null));
        await app.AggregateAsync();
        using var admin = await app.AdministratorClientAsync();
        var created = await admin.PostAsJsonAsync("/api/playlists", new
        {
            name = "Delegates' deck", language = "kk", captionLanguage = (string?)null, intervalSeconds = 20, theme = "dark", scope = "nation",
            slides = new object[] { new { kind = "title" }, new { kind = "chart", metric = "within_standard_1" }, new { kind = "closing" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        using var client = app.CreateClient();
        using var deck = PresentationDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/api/playlists/{id}/deck.pptx")), false);
        Assert.Empty(new OpenXmlValidator().Validate(deck).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var ordered = deck.PresentationPart!.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(s => (SlidePart)deck.PresentationPart.GetPartById(s.RelationshipId!)).ToList();
        Assert.Equal(3, ordered.Count); // slide for slide: no extra title before the playlist's own

        var title = ordered[0].Slide.InnerText;
        Assert.StartsWith("Солтүстік ел соттары", title);
        Assert.Contains($"Негізгі көрсеткіштер, {Today.Year} бүгінге дейін · Республика бойынша", title);
        Assert.Contains("75,0%Істерді қарау коэффициенті", title); // 3 of 4 filed this year, with its name
        Assert.Contains("0 күнІстерді қарау мерзімінің медианасы", title);

        // A share within a time standard is named by its standards: here they differ by category.
        Assert.Equal("Әр санаттың 1-стандарты ішінде аяқталғандар (90–180 күн)", ordered[1].Slide
            .Descendants<DocumentFormat.OpenXml.Presentation.NonVisualDrawingProperties>().Single(p => p.Name == "Chart").Description?.Value);

        // The closing slide: the public dashboard's address in text and as a QR code a phone reads.
        var closing = ordered[2];
        Assert.Contains("Көрсеткіштерді тікелей бақылаңыз", closing.Slide.InnerText);
        Assert.Contains("http://localhost/", closing.Slide.InnerText);
        using var picture = closing.ImageParts.Single().GetStream();
        using var png = new MemoryStream();
        await picture.CopyToAsync(png);
        Assert.Equal("http://localhost/", QrCodes.Decode(png.ToArray()));

        // The player's own: the address, and the same code as SVG.
        Assert.Equal("http://localhost/", (await JsonAsync(await client.GetAsync("/api/public-address"))).GetProperty("address").GetString());
        var svg = await client.GetAsync("/api/public-address/qr.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("viewBox", await svg.Content.ReadAsStringAsync());
    }
}
