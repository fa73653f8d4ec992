using CourtMetrics.Site;
using CourtMetrics.Accounts;
using CourtMetrics.Charts;
using CourtMetrics.Metrics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CourtMetrics.Presentation;

/// <summary>
/// A playlist as a PowerPoint deck, the delegates' offline backup, slide for slide: a title slide as the court
/// system's name with its headline figures (a generic title when the playlist has none first), each measure's slide
/// as a chart image over the period its slide shows (the chart renderer's own, so the numbers and words are the
/// screen's), a closing slide as the public address's QR code (the player's, PublicAddress) and the address.
/// </summary>
public sealed class PlaylistDeck(PlaylistStore playlists, ChartDefinitions definitions, MetricCatalogue catalogue,
    ChartServer charts, PlaylistDeckPages pages, ScopeAccess access, IOptions<PresentationOptions> options, TimeProvider clock)
{
    public async Task<IResult> DeckAsync(string id, HttpContext http)
    {
        Playlist? playlist;
        if (id == "default") playlist = Playlist.Default;
        else if (!int.TryParse(id, out var number)) return Problem($"playlist '{ImageOptions.Truncate(id)}' is not a number or 'default'", 400);
        else playlist = await playlists.FindAsync(number);
        if (playlist is null) return Problem($"There is no playlist {id}.", 404);
        if (await access.RefusalAsync(http.User, playlist.Scope) is { } refusal) return ScopeAccessFilter.Forbidden(refusal);
        // A map slide shows every region, whatever the playlist's scope: it needs the nation.
        if (playlist.Slides.Any(s => s.Kind == "map") && await access.RefusalAsync(http.User, "nation") is { } national)
            return ScopeAccessFilter.Forbidden(national);
        if (playlist.Slides.Count == 0) return Problem($"playlist {id} has no slides", 404);
        var language = http.Request.Query.TryGetValue("lang", out var asked) ? asked.ToString() : playlist.Language;
        if (!ChartDefinitions.Languages.Contains(language)) return Problem($"lang '{ImageOptions.Truncate(language)}' is not one of en, kk, ru", 400);
        var address = PublicAddress.Of(http.Request, options.Value);
        if (address is null && playlist.Slides.Any(s => s.Kind == "closing"))
            return Problem($"the site's address is longer than {PublicAddress.MaxLength} characters: set Presentation:PublicAddress", 400);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var parts = new List<PlaylistDeckPages.Part>();
        foreach (var slide in playlist.Slides)
        {
            var requests = new List<ChartRequest>();
            foreach (var query in Queries(slide, playlist, http.Request.Query, today))
            {
                if (!ChartRequest.TryParseChart(query, definitions, catalogue, out var chart, out var error)
                    || !ChartRequest.TryParse(query, chart, catalogue, today, out var request, out error))
                    return Problem(error, 400);
                requests.Add(request);
            }
            parts.Add(new PlaylistDeckPages.Part(slide, requests));
        }
        var key = $"pptx|playlist-{id}|{language}|{today:yyyy-MM-dd}|{address}|" +
                  string.Join('|', parts.Select(p => $"{p.Slide.Kind}:{string.Join(',', p.Requests.Select(r => r.Key))}"));
        return await charts.ServeAsync(http, key, $"playlist-{id}_{playlist.Scope.Replace(':', '-')}.pptx",
            stamp => pages.BuildAsync(playlist, parts, language, address ?? "", key, stamp, http.RequestAborted));
    }

    /// <summary>
    /// The charts a slide needs: a measure's over the period the player shows it (wwwroot/js/presentation/series.js):
    /// monthly over the last year, two for a chart slide; budget measures yearly over 5 (chart: 8) years; a map every
    /// region over the last twelve months. A title slide's figures by the year, this one and the last, one chart per
    /// family. Size, scale and language may be asked; the theme is the playlist's.
    /// </summary>
    private IEnumerable<QueryCollection> Queries(Slide slide, Playlist playlist, IQueryCollection asked, DateOnly today)
    {
        if (slide.Kind == "title")
        {
            foreach (var family in (slide.Metrics ?? Playlist.Headline).GroupBy(m => catalogue.Find(m)!.Family))
                yield return Query(string.Join(',', family), "year", new DateOnly(today.Year - 1, 1, 1), playlist, asked, today);
            yield break;
        }
        if (!slide.HasMetric) yield break;
        var (wide, map) = (slide.Kind == "chart", slide.Kind == "map");
        var yearly = !map && catalogue.Find(slide.Metric!)?.Family == "budget";
        var from = yearly ? new DateOnly(today.Year - (wide ? 7 : 4), 1, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(wide ? -23 : -11);
        yield return Query(slide.Metric!, map ? "range" : yearly ? "year" : "month", from, playlist, asked, today, map);
    }

    private static QueryCollection Query(string measures, string granularity, DateOnly from, Playlist playlist, IQueryCollection asked,
        DateOnly today, bool map = false)
    {
        var query = new Dictionary<string, StringValues>
        {
            // a map shows every region, whatever the playlist's scope
            ["measures"] = measures, ["scope"] = map ? "nation" : playlist.Scope, ["granularity"] = granularity,
            ["from"] = from.ToString("yyyy-MM-dd"), ["to"] = today.ToString("yyyy-MM-dd"), ["theme"] = playlist.Theme,
            ["lang"] = asked.TryGetValue("lang", out var lang) ? lang : playlist.Language,
            ["width"] = asked.TryGetValue("width", out var width) ? width : "1600",
            ["height"] = asked.TryGetValue("height", out var height) ? height : "900",
            ["scale"] = asked.TryGetValue("scale", out var scale) ? scale : "1",
        };
        if (map) query["type"] = "map";
        return new QueryCollection(query);
    }

    private static IResult Problem(string detail, int status) => ProblemAnswers.Refused(status, "Invalid deck request", detail);
}
