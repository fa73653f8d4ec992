using CourtMetrics.Maps;
using CourtMetrics.Metrics;

namespace CourtMetrics.Presentation;

/// <summary>
/// Checks an administrator's playlist field by field; every problem is named (slides[2].metric: …) so the page can
/// show them all at once. Sizes are capped: name, slide count, peers per slide, interval.
/// </summary>
public static class PlaylistCheck
{
    public const int MaxNameLength = 100;
    public const int MaxSlides = 50;
    public const int MaxPeers = 6;
    public const int MaxHeadline = 6;
    public const int MinIntervalSeconds = 5;
    public const int MaxIntervalSeconds = 3600;

    public static (Playlist? Playlist, Dictionary<string, string[]> Problems) Check(PlaylistRequest request, MetricCatalogue catalogue,
        string language = "en")
    {
        var problems = new Dictionary<string, string[]>();
        void Problem(string field, string key, params object?[] args) => problems[field] = [Site.Messages.Say(language, key, args)];

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength) Problem("name", "playlistName", MaxNameLength);
        if (!Playlist.Languages.Contains(request.Language)) Problem("language", "playlistLanguage", request.Language);
        var caption = string.IsNullOrEmpty(request.CaptionLanguage) ? null : request.CaptionLanguage;
        if (caption is not null && (!Playlist.Languages.Contains(caption) || caption == request.Language))
            Problem("captionLanguage", "playlistCaption", caption);
        if (request.IntervalSeconds is not { } interval || interval < MinIntervalSeconds || interval > MaxIntervalSeconds)
            Problem("intervalSeconds", "playlistInterval", MinIntervalSeconds, MaxIntervalSeconds);
        if (!Playlist.Themes.Contains(request.Theme)) Problem("theme", "playlistTheme", request.Theme);
        if (!Scopes.Scope.TryParse(request.Scope, out var scope)) Problem("scope", "notAScope", request.Scope);

        var slides = new List<Slide>();
        if (request.Slides is not { Count: > 0 and <= MaxSlides })
            Problem("slides", "playlistSlides", MaxSlides);
        else
            for (var i = 0; i < request.Slides.Count; i++)
            {
                var slide = request.Slides[i];
                if (slide is null || !Playlist.SlideKinds.Contains(slide.Kind))
                {
                    Problem($"slides[{i}].kind", "playlistSlideKind", slide?.Kind);
                    continue;
                }
                if (slide.Kind is "title" or "closing")
                {
                    if (Framing(slide, i, catalogue, Problem) is { } framing) slides.Add(framing);
                    continue;
                }
                if (slide.Metric is null || catalogue.Find(slide.Metric) is null)
                {
                    Problem($"slides[{i}].metric", "notAMeasure", slide.Metric);
                    continue;
                }
                if (slide.Kind == "map" && MapClasses.ProblemOf(catalogue.Find(slide.Metric), slide.Metric) is not null)
                {
                    Problem($"slides[{i}].metric", "playlistMapMetric", slide.Metric);
                    continue;
                }
                var peers = (slide.Peers ?? []).Select(p => p?.Trim() ?? "").ToList();
                if (peers.Count > MaxPeers || peers.Any(p => p.Length is 0 or > 64))
                {
                    Problem($"slides[{i}].peers", "playlistPeers", MaxPeers);
                    continue;
                }
                slides.Add(new Slide(slide.Kind!, slide.Metric, peers.Count == 0 ? null : peers));
            }

        return problems.Count > 0
            ? (null, problems)
            : (new Playlist(null, name!, request.Language!, caption, request.IntervalSeconds!.Value, request.Theme!, scope.ToString(), slides), problems);
    }

    /// <summary>A title slide (its headline measures: the showcase's unless it names up to six of its own) or a closing one.</summary>
    private static Slide? Framing(SlideRequest slide, int i, MetricCatalogue catalogue, Action<string, string, object?[]> problem)
    {
        if (slide.Kind == "closing") return new Slide("closing");
        var metrics = slide.Metrics is { Count: > 0 } given ? given.Select(m => m?.Trim() ?? "").ToList() : [.. Playlist.Headline];
        if (metrics.Count > MaxHeadline || metrics.Any(m => catalogue.Find(m) is null))
        {
            problem($"slides[{i}].metrics", "playlistHeadline", [MaxHeadline]);
            return null;
        }
        return new Slide("title", Metrics: metrics);
    }
}
