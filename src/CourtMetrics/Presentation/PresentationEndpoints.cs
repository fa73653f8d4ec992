using System.Security.Claims;
using CourtMetrics.Metrics;
using CourtMetrics.Security;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Presentation;

/// <summary>
/// The presentation mode's server side: administrators' playlists (read by the player without signing in), their
/// PPTX decks, and the international reference values shipped with the product.
/// </summary>
public static class PresentationEndpoints
{
    public static void AddPresentation(this IServiceCollection services)
    {
        services.AddSingleton(ReferenceValues.Load(Path.Combine(AppContext.BaseDirectory, "Presentation", "reference-values.json")));
        services.AddSingleton<PlaylistStore>();
        services.AddSingleton<PlaylistDeckPages>();
        services.AddSingleton<PlaylistDeck>();
        services.AddOptions<PresentationOptions>().BindConfiguration("Presentation")
            .Validate(o => o.IsValid, $"Presentation:PublicAddress must be an absolute http or https address of at most {PublicAddress.MaxLength} characters")
            .ValidateOnStart();
    }

    public static void MapPresentation(this WebApplication app)
    {
        var api = app.MapGroup("/api/playlists").WithTags("Presentation");
        api.MapGet("", ListAsync).WithName("GetPlaylists").WithSummary("The saved presentation playlists, by name.");
        api.MapGet("/default", GetDefault)
            .WithName("GetDefaultPlaylist").WithSummary("The showcase playlist the presentation plays when none is named.");
        api.MapGet("/{id:int}", GetAsync)
            .WithName("GetPlaylist").WithSummary("One playlist, as the presentation (/present.html?playlist=<id>) plays it.");
        api.MapPost("", CreateAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("CreatePlaylist").WithSummary("Saves a new playlist (administrators).");
        api.MapPut("/{id:int}", UpdateAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("UpdatePlaylist").WithSummary("Replaces a playlist (administrators).");
        api.MapDelete("/{id:int}", DeleteAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("DeletePlaylist").WithSummary("Removes a playlist (administrators).");
        api.MapGet("/{id}/deck.pptx", GetDeckAsync)
            .WithName("GetPlaylistDeck")
            .WithSummary("A playlist (an id or 'default') as a PPTX deck, the offline backup: a title slide and one chart per slide; " +
                         "lang en|kk|ru (default the playlist's), width and height 200–4096 px (default 1600×900), scale 0.5–4.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(RateLimits.Charts); // a deck renders every slide's chart

        var address = app.MapGroup("/api/public-address").WithTags("Presentation");
        address.MapGet("", GetPublicAddress).WithName("GetPublicAddress")
            .WithSummary("The public dashboard's address the closing slide shows (Presentation:PublicAddress, else the site's own).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        address.MapGet("/qr.svg", GetPublicAddressCode).WithName("GetPublicAddressQrCode")
            .WithSummary("The public dashboard's address as a QR code (SVG, black on white with its quiet zone), as the closing slide and the deck show it.")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml").ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGroup("/api/reference-values").WithTags("Presentation").MapGet("", GetReferenceValues).WithName("GetReferenceValues")
            .WithSummary("International reference values shipped with the product (CEPEJ), each with its source, edition and year.");
    }

    private static Ok<Playlist> GetDefault() => TypedResults.Ok(Playlist.Default);

    public sealed record PublicAddressAnswer(string Address);

    private static Results<Ok<PublicAddressAnswer>, ProblemHttpResult> GetPublicAddress(HttpRequest request, IOptions<PresentationOptions> options) =>
        PublicAddress.Of(request, options.Value) is { } address ? TypedResults.Ok(new PublicAddressAnswer(address)) : TooLong();

    private static Results<ContentHttpResult, ProblemHttpResult> GetPublicAddressCode(HttpRequest request, IOptions<PresentationOptions> options) =>
        PublicAddress.Of(request, options.Value) is { } address ? TypedResults.Text(PublicAddress.Svg(address), "image/svg+xml") : TooLong();

    private static ProblemHttpResult TooLong() =>
        ProblemAnswers.BadRequest("No public address", $"The site's address is longer than {PublicAddress.MaxLength} characters: set Presentation:PublicAddress.");

    private static Task<IResult> GetDeckAsync(string id, HttpContext http, PlaylistDeck deck) => deck.DeckAsync(id, http);

    private static Ok<ReferenceValues> GetReferenceValues(ReferenceValues values) => TypedResults.Ok(values);

    private static async Task<Ok<IReadOnlyList<Playlist>>> ListAsync(PlaylistStore playlists) => TypedResults.Ok(await playlists.ListAsync());

    private static async Task<Results<Ok<Playlist>, ProblemHttpResult>> GetAsync(int id, PlaylistStore playlists, HttpContext http) =>
        await playlists.FindAsync(id) is { } playlist ? TypedResults.Ok(playlist) : Missing(http, id);

    private static async Task<Results<Created<Playlist>, ValidationProblem, ProblemHttpResult>> CreateAsync(PlaylistRequest request,
        ClaimsPrincipal user, PlaylistStore playlists, MetricCatalogue catalogue, HttpContext http)
    {
        var (saved, invalid) = await SaveAsync(null, request, user, playlists, catalogue, Messages.LanguageOf(http));
        return saved is not null ? TypedResults.Created($"/api/playlists/{saved.Id}", saved) : invalid!;
    }

    private static async Task<Results<Ok<Playlist>, ValidationProblem, ProblemHttpResult>> UpdateAsync(int id, PlaylistRequest request,
        ClaimsPrincipal user, PlaylistStore playlists, MetricCatalogue catalogue, HttpContext http)
    {
        var (saved, invalid) = await SaveAsync(id, request, user, playlists, catalogue, Messages.LanguageOf(http));
        if (saved is not null) return TypedResults.Ok(saved);
        return invalid is not null ? invalid : Missing(http, id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, PlaylistStore playlists, HttpContext http) =>
        await playlists.DeleteAsync(id) ? TypedResults.NoContent() : Missing(http, id);

    /// <summary>Checks and saves a playlist: the stored playlist, or the bad fields; neither when there is no such playlist.</summary>
    private static async Task<(Playlist? Saved, ValidationProblem? Invalid)> SaveAsync(int? id, PlaylistRequest request, ClaimsPrincipal user,
        PlaylistStore playlists, MetricCatalogue catalogue, string language)
    {
        var (playlist, problems) = PlaylistCheck.Check(request, catalogue, language);
        if (playlist is null) return (null, Refusal(problems));
        if (!await playlists.ScopeExistsAsync(playlist.Scope))
            return (null, Refusal(new() { ["scope"] = [Messages.Say(language, "noScope", playlist.Scope.Replace(':', ' '))] }));
        var unknown = await playlists.UnknownUnitsAsync(playlist.Slides.SelectMany(s => s.Peers ?? []).Distinct().ToArray());
        if (unknown.Count > 0)
            return (null, Refusal(playlist.Slides
                .Select((slide, i) => (i, missing: (slide.Peers ?? []).Where(unknown.Contains).ToList()))
                .Where(x => x.missing.Count > 0)
                .ToDictionary(x => $"slides[{x.i}].peers", x => new[] { Messages.Say(language, "noStatisticsUnit", string.Join(", ", x.missing)) })));
        var saved = await playlists.SaveAsync(id, playlist, user.Identity!.Name!);
        if (saved is null)
            return (null, id is null ? Refusal(new() { ["name"] = [Messages.Say(language, "playlistsCap", PlaylistStore.MaxPlaylists)] }) : null);
        return (await playlists.FindAsync(saved.Value), null);
    }

    private static ProblemHttpResult Missing(HttpContext http, int id) => ProblemAnswers.NotFound(Messages.Say(http, "noPlaylist", id));

    private static ValidationProblem Refusal(Dictionary<string, string[]> problems) => TypedResults.ValidationProblem(problems, title: "Invalid playlist");
}
