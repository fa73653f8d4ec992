using CourtMetrics.Site;
using CourtMetrics.Accounts;
using CourtMetrics.Charts;
using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.Presentation;

/// <summary>
/// A playlist as a PowerPoint deck, the delegates' offline backup: a title slide, then each slide's measure as a chart
/// image over the period its slide shows (the chart renderer's own, so the numbers and words are the screen's).
/// </summary>
public sealed class PlaylistDeck(PlaylistStore playlists, ChartDefinitions definitions, MetricCatalogue catalogue,
    ChartServer charts, ScopeAccess access, TimeProvider clock)
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

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var requests = new List<ChartRequest>();
        foreach (var slide in playlist.Slides)
        {
            var query = SlideQuery(slide, playlist, http.Request.Query, today);
            if (!ChartRequest.TryParseChart(query, definitions, catalogue, out var chart, out var error)
                || !ChartRequest.TryParse(query, chart, catalogue, today, out var request, out error))
                return Problem(error, 400);
            requests.Add(request);
        }
        if (requests.Count == 0) return Problem($"playlist {id} has no slides", 404);
        return await charts.PackAsync($"playlist-{id}", _ => playlist.Name, requests, "pptx", http);
    }

    /// <summary>
    /// The chart of one slide, over the period the player shows it (wwwroot/js/presentation/series.js): monthly over
    /// the last year, two for a chart slide; budget measures yearly over 5 (chart: 8) years; a map every region over
    /// the last twelve months. Size, scale and language may be asked; the theme is the playlist's.
    /// </summary>
    private QueryCollection SlideQuery(Slide slide, Playlist playlist, IQueryCollection asked, DateOnly today)
    {
        var (wide, map) = (slide.Kind == "chart", slide.Kind == "map");
        var yearly = !map && catalogue.Find(slide.Metric)?.Family == "budget";
        var from = yearly ? new DateOnly(today.Year - (wide ? 7 : 4), 1, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(wide ? -23 : -11);
        var query = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["measures"] = slide.Metric, ["scope"] = map ? "nation" : playlist.Scope,
            ["granularity"] = map ? "range" : yearly ? "year" : "month",
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
