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
    public const int MinIntervalSeconds = 5;
    public const int MaxIntervalSeconds = 3600;

    public static (Playlist? Playlist, Dictionary<string, string[]> Problems) Check(PlaylistRequest request, MetricCatalogue catalogue)
    {
        var problems = new Dictionary<string, string[]>();
        void Problem(string field, string message) => problems[field] = [message];

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength) Problem("name", $"a name of 1 to {MaxNameLength} characters is required");
        if (!Playlist.Languages.Contains(request.Language)) Problem("language", $"'{request.Language}' is not one of en, kk, ru");
        var caption = string.IsNullOrEmpty(request.CaptionLanguage) ? null : request.CaptionLanguage;
        if (caption is not null && (!Playlist.Languages.Contains(caption) || caption == request.Language))
            Problem("captionLanguage", $"'{caption}' is not another of en, kk, ru (or empty for none)");
        if (request.IntervalSeconds is not { } interval || interval < MinIntervalSeconds || interval > MaxIntervalSeconds)
            Problem("intervalSeconds", $"an interval of {MinIntervalSeconds} to {MaxIntervalSeconds} seconds is required");
        if (!Playlist.Themes.Contains(request.Theme)) Problem("theme", $"'{request.Theme}' is not dark or light");
        if (!Scopes.Scope.TryParse(request.Scope, out var scope)) Problem("scope", $"'{request.Scope}' is not nation, region:<id> or court:<id>");

        var slides = new List<Slide>();
        if (request.Slides is not { Count: > 0 and <= MaxSlides })
            Problem("slides", $"1 to {MaxSlides} slides are required");
        else
            for (var i = 0; i < request.Slides.Count; i++)
            {
                var slide = request.Slides[i];
                if (slide is null || !Playlist.SlideKinds.Contains(slide.Kind))
                {
                    Problem($"slides[{i}].kind", $"'{slide?.Kind}' is not measure, chart, comparison or map");
                    continue;
                }
                if (slide.Metric is null || catalogue.Find(slide.Metric) is null)
                {
                    Problem($"slides[{i}].metric", $"'{slide.Metric}' is not a measure of the catalogue");
                    continue;
                }
                if (slide.Kind == "map" && MapClasses.ProblemOf(catalogue.Find(slide.Metric), slide.Metric) is { } unmappable)
                {
                    Problem($"slides[{i}].metric", unmappable);
                    continue;
                }
                var peers = (slide.Peers ?? []).Select(p => p?.Trim() ?? "").ToList();
                if (peers.Count > MaxPeers || peers.Any(p => p.Length is 0 or > 64))
                {
                    Problem($"slides[{i}].peers", $"at most {MaxPeers} statistics unit codes of 1 to 64 characters");
                    continue;
                }
                slides.Add(new Slide(slide.Kind!, slide.Metric, peers.Count == 0 ? null : peers));
            }

        return problems.Count > 0
            ? (null, problems)
            : (new Playlist(null, name!, request.Language!, caption, request.IntervalSeconds!.Value, request.Theme!, scope.ToString(), slides), problems);
    }
}
