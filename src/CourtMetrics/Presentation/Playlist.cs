using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourtMetrics.Presentation;

/// <summary>
/// One slide: a measure as a large number with its trend and chart ("measure"), a large chart of it ("chart"),
/// it beside the shipped reference values and peer units' yearly statistics ("comparison"), or every region coloured
/// by it against its target ("map").
/// </summary>
public sealed record Slide(string Kind, string Metric, IReadOnlyList<string>? Peers = null);

/// <summary>What the player needs: the slides, the language (and an optional second one for captions), the interval, the theme and the scope.</summary>
public sealed record Playlist(
    int? Id, string Name, string Language, string? CaptionLanguage, int IntervalSeconds, string Theme, string Scope,
    IReadOnlyList<Slide> Slides, DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null)
{
    public static readonly string[] SlideKinds = ["measure", "chart", "comparison", "map"];
    public static readonly string[] Languages = ["en", "kk", "ru"];
    public static readonly string[] Themes = ["dark", "light"];

    /// <summary>The showcase measures delegates are shown when no playlist is named.</summary>
    public static readonly Playlist Default = new(null, "Showcase", "en", null, 15, "dark", "nation",
    [
        new("measure", "e_filing_share"), new("measure", "video_hearing_share"), new("measure", "extraterritorial_share"),
        new("measure", "ai_assisted_share"), new("measure", "duration_p50"), new("measure", "clearance_rate"),
        new("measure", "spending_per_inhabitant"), new("measure", "budget_floor_compliance"),
        new("comparison", "clearance_rate"), new("comparison", "spending_per_inhabitant"), new("comparison", "disposition_time"),
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

public sealed record SlideRequest(string? Kind, string? Metric, IReadOnlyList<string?>? Peers);

/// <summary>A stored row; the slides are JSON in the database.</summary>
internal sealed record PlaylistRow(
    int Id, string Name, string Language, string? CaptionLanguage, int IntervalSeconds, string Theme, string Scope,
    string SlidesJson, DateTime UpdatedAt, string UpdatedBy)
{
    public Playlist ToPlaylist() => new(Id, Name, Language, CaptionLanguage, IntervalSeconds, Theme, Scope,
        Playlist.SlidesFromJson(SlidesJson), new DateTimeOffset(DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc)), UpdatedBy);
}
