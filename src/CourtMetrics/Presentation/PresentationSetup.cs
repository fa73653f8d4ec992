using CourtMetrics.Site;
using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Database;
using CourtMetrics.Metrics;
using CourtMetrics.Security;
using Dapper;
using Npgsql;

namespace CourtMetrics.Presentation;

/// <summary>
/// The presentation mode's server side: administrators' playlists (read by the player without signing in) and the
/// international reference values shipped with the product.
/// </summary>
public static class PresentationSetup
{
    public const int MaxPlaylists = 500;

    public static void AddPresentation(this IServiceCollection services)
    {
        services.AddSingleton(ReferenceValues.Load(Path.Combine(AppContext.BaseDirectory, "Presentation", "reference-values.json")));
        services.AddSingleton<PlaylistDeck>();
    }

    public static void MapPresentation(this WebApplication app)
    {
        var api = app.MapGroup("/api/playlists").WithTags("Presentation");
        api.MapGet("", async (NpgsqlDataSource db, SqlFiles sql) => (await ReadAsync(db, sql, null)))
            .WithName("GetPlaylists").WithSummary("The saved presentation playlists, by name.");
        api.MapGet("/default", () => Playlist.Default)
            .WithName("GetDefaultPlaylist").WithSummary("The showcase playlist the presentation plays when none is named.");
        api.MapGet("/{id:int}", async (int id, NpgsqlDataSource db, SqlFiles sql) =>
                (await ReadAsync(db, sql, id)).SingleOrDefault() is { } playlist ? Results.Ok(playlist) : Missing(id))
            .WithName("GetPlaylist").WithSummary("One playlist, as the presentation (/present.html?playlist=<id>) plays it.")
            .Produces<Playlist>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("", (PlaylistRequest request, ClaimsPrincipal user, NpgsqlDataSource db, SqlFiles sql, MetricCatalogue catalogue) =>
                SaveAsync(null, request, user, db, sql, catalogue))
            .RequireAuthorization(Administrators.Policy)
            .WithName("CreatePlaylist").WithSummary("Saves a new playlist (administrators).")
            .Produces<Playlist>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPut("/{id:int}", (int id, PlaylistRequest request, ClaimsPrincipal user, NpgsqlDataSource db, SqlFiles sql, MetricCatalogue catalogue) =>
                SaveAsync(id, request, user, db, sql, catalogue))
            .RequireAuthorization(Administrators.Policy)
            .WithName("UpdatePlaylist").WithSummary("Replaces a playlist (administrators).")
            .Produces<Playlist>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:int}", async (int id, NpgsqlDataSource db, SqlFiles sql) =>
            {
                await using var connection = await db.OpenConnectionAsync();
                return await connection.QuerySingleOrDefaultAsync<int?>(sql["playlists/delete"], new { Id = id }) is null
                    ? Missing(id) : Results.NoContent();
            })
            .RequireAuthorization(Administrators.Policy)
            .WithName("DeletePlaylist").WithSummary("Removes a playlist (administrators).");

        api.MapGet("/{id}/deck.pptx", (string id, HttpContext http, PlaylistDeck deck) => deck.DeckAsync(id, http))
            .WithName("GetPlaylistDeck")
            .WithSummary("A playlist (an id or 'default') as a PPTX deck, the offline backup: a title slide and one chart per slide; " +
                         "lang en|kk|ru (default the playlist's), width and height 200–4096 px (default 1600×900), scale 0.5–4.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(RateLimits.Charts); // a deck renders every slide's chart

        app.MapGet("/api/reference-values", (ReferenceValues values) => values)
            .WithTags("Presentation").WithName("GetReferenceValues")
            .WithSummary("International reference values shipped with the product (CEPEJ), each with its source, edition and year.");
    }

    private static async Task<IReadOnlyList<Playlist>> ReadAsync(NpgsqlDataSource db, SqlFiles sql, int? id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<PlaylistRow>(sql["playlists/list"], new { Id = id })).Select(r => r.ToPlaylist()).ToList();
    }

    private static async Task<IResult> SaveAsync(int? id, PlaylistRequest request, ClaimsPrincipal user, NpgsqlDataSource db,
        SqlFiles sql, MetricCatalogue catalogue)
    {
        var (playlist, problems) = PlaylistCheck.Check(request, catalogue);
        if (playlist is null) return Refusal(problems);

        await using var connection = await db.OpenConnectionAsync();
        if (!await connection.QuerySingleAsync<bool>(sql["playlists/scope-exists"], new { playlist.Scope }))
            return Refusal(new() { ["scope"] = [$"there is no {playlist.Scope.Replace(':', ' ')}"] });
        var peers = playlist.Slides.SelectMany(s => s.Peers ?? []).Distinct().ToArray();
        var unknown = (await connection.QueryAsync<string>(sql["playlists/unknown-units"], new { Codes = peers })).ToList();
        if (unknown.Count > 0)
            return Refusal(playlist.Slides
                .Select((slide, i) => (i, missing: (slide.Peers ?? []).Where(unknown.Contains).ToList()))
                .Where(x => x.missing.Count > 0)
                .ToDictionary(x => $"slides[{x.i}].peers", x => new[] { $"no yearly statistics unit {string.Join(", ", x.missing)}" }));

        var row = new
        {
            Id = id, playlist.Name, playlist.Language, playlist.CaptionLanguage, playlist.IntervalSeconds, playlist.Theme,
            playlist.Scope, SlidesJson = Playlist.SlidesToJson(playlist.Slides), UpdatedBy = user.Identity!.Name, MaxPlaylists,
        };
        var saved = await connection.QuerySingleOrDefaultAsync<int?>(sql[id is null ? "playlists/insert" : "playlists/update"], row);
        if (saved is null)
            return id is null ? Refusal(new() { ["name"] = [$"at most {MaxPlaylists} playlists may be saved"] }) : Missing(id.Value);
        var stored = (await ReadAsync(db, sql, saved)).Single();
        return id is null ? Results.Created($"/api/playlists/{saved}", stored) : Results.Ok(stored);
    }

    private static IResult Missing(int id) => ProblemAnswers.NotFound($"There is no playlist {id}.");

    private static IResult Refusal(Dictionary<string, string[]> problems) =>
        Results.ValidationProblem(problems, title: "Invalid playlist");
}
