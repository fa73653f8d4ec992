using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Annotations;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Annotations;

/// <summary>
/// A bad note → 400 naming its field, nothing stored; anyone but an administrator → 401. A refusal writes nothing:
/// one app serves every case.
/// </summary>
public sealed class BadNoteTests(CourtSystemApp app) : IClassFixture<CourtSystemApp>
{
    private Task<HttpResponseMessage> AddAsync(string? scope, string? date, string? text) =>
        app.Administrator.PostAsJsonAsync("/api/annotations", new { scope, date, text });

    [Theory]
    [InlineData("galaxy:1", "2025-01-01", "a note", "scope")]
    [InlineData("nation", null, "a note", "date")]
    [InlineData("nation", "2025-01-01", "", "text")]
    public async Task A_bad_note_is_refused_naming_the_field_and_nothing_is_stored(string? scope, string? date, string? text, string field)
    {
        var response = await AddAsync(scope, date, text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty((await app.CreateClient().GetFromJsonAsync<List<Annotation>>("/api/annotations?scope=nation"))!);
    }

    [Fact]
    public async Task A_note_longer_than_200_characters_is_refused()
    {
        var response = await AddAsync("nation", "2025-01-01", new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_add_or_remove_notes()
    {
        var anonymous = app.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/annotations", new { scope = "nation", date = "2025-01-01", text = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/annotations/1")).StatusCode);
    }
}
