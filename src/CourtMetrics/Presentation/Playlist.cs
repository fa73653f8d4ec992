using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourtMetrics.Presentation;

/// <summary>
/// One slide: a measure as a large number with its trend and chart ("measure"), a large chart of it ("chart"),
/// it beside the shipped reference values and peer units' yearly statistics ("comparison"), every region coloured
/// by it against its target ("map"); the court system's name with its headline figures (Metrics) over the year they
/// cover ("title"), or the public dashboard's address as a QR code and in text ("closing"). Title and closing slides
/// have no Metric.
/// </summary>
public sealed record Slide(string Kind, string? Metric = null, IReadOnlyList<string>? Peers = null, IReadOnlyList<string>? Metrics = null)
{
    public bool HasMetric => Kind is not ("title" or "closing");
}

/// <summary>What the player needs: the slides, the language (and an optional second one for captions), the interval, the theme and the scope.</summary>
public sealed record Playlist(
    int? Id, string Name, string Language, string? CaptionLanguage, int IntervalSeconds, string Theme, string Scope,
    IReadOnlyList<Slide> Slides, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null)
{
    public static readonly string[] SlideKinds = ["title", "measure", "chart", "comparison", "map", "closing"];

    /// <summary>What a smart-courts showcase leads with: the title slide's figures unless a playlist names its own.</summary>
    public static readonly string[] Headline =
        ["e_filing_share", "video_hearing_share", "extraterritorial_share", "ai_assisted_share", "duration_p50", "clearance_rate"];
    public static readonly string[] Languages = ["en", "kk", "ru"];
    public static readonly string[] Themes = ["dark", "light"];

    /// <summary>The showcase delegates are shown when no playlist is named: it opens with the title slide and ends with the closing one.</summary>
    public static readonly Playlist Default = new(null, "Showcase", "en", null, 15, "dark", "nation",
    [
        new("title", Metrics: Headline),
        new("measure", "e_filing_share"), new("measure", "video_hearing_share"), new("measure", "extraterritorial_share"),
        new("measure", "ai_assisted_share"), new("measure", "duration_p50"), new("measure", "clearance_rate"),
        new("measure", "spending_per_inhabitant"), new("measure", "budget_floor_compliance"),
        new("comparison", "clearance_rate"), new("comparison", "spending_per_inhabitant"), new("comparison", "disposition_time"),
        new("closing"),
    ]);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string SlidesToJson(IReadOnlyList<Slide> slides) => JsonSerializer.Serialize(slides, Json);

    public static IReadOnlyList<Slide> SlidesFromJson(string json) => JsonSerializer.Deserialize<List<Slide>>(json, Json) ?? [];
}

/// <summary>A playlist as administrators send it: every field optional here, so each missing one is named.</summary>
public sealed record PlaylistRequest(
    string? Name, string? Language, string? CaptionLanguage, int? IntervalSeconds, string? Theme, string? Scope,
    IReadOnlyList<SlideRequest?>? Slides);

public sealed record SlideRequest(string? Kind, string? Metric, IReadOnlyList<string?>? Peers, IReadOnlyList<string?>? Metrics = null);

/// <summary>A stored row; the slides are JSON in the database.</summary>
internal sealed record PlaylistRow(
    int Id, string Name, string Language, string? CaptionLanguage, int IntervalSeconds, string Theme, string Scope,
    string SlidesJson, DateTime UpdatedAt, string UpdatedBy)
{
    public Playlist ToPlaylist() => new(Id, Name, Language, CaptionLanguage, IntervalSeconds, Theme, Scope,
        Playlist.SlidesFromJson(SlidesJson), new DateTimeOffset(DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc)), UpdatedBy);
}
