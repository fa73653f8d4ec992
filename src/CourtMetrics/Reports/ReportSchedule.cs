namespace CourtMetrics.Reports;

/// <summary>The files a report can be: one place decides how each is rendered (ReportRenderer).</summary>
public enum ReportFormat { Pptx, Pdf }

/// <summary>A stored schedule: a view of a scope over a period preset, in a language and format, mailed on a cadence (UTC).</summary>
public sealed class ReportSchedule
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string View { get; init; } = "";
    public string Scope { get; init; } = "";
    public string Period { get; init; } = "";
    public string Language { get; init; } = "";
    public string Format { get; init; } = "";
    public string[] Recipients { get; init; } = [];
    public string Cadence { get; init; } = "";
    public short? Weekday { get; init; }
    public short? DayOfMonth { get; init; }
    public short? Hour { get; init; }
    public string Cron { get; init; } = "";
    public DateTime UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";

    public string JobId => JobIdOf(Id);

    public static string JobIdOf(int id) => $"report-{id}";
}

/// <summary>
/// A schedule as administrators send it, every field optional so a missing one is named. Cadence: daily at Hour,
/// weekly on Weekday (0 = Sunday … 6) at Hour, monthly on DayOfMonth (1–28) at Hour, or cron (five fields, UTC).
/// </summary>
public sealed record ScheduleRequest(
    string? Name, string? View, string? Scope, string? Period, string? Language, string? Format, IReadOnlyList<string?>? Recipients,
    string? Cadence, int? Weekday, int? DayOfMonth, int? Hour, string? Cron);

/// <summary>A request that passed every check, with its cron expression worked out.</summary>
public sealed record CheckedSchedule(
    string Name, string View, string Scope, string Period, string Language, ReportFormat Format, string[] Recipients,
    string Cadence, short? Weekday, short? DayOfMonth, short? Hour, string Cron);

/// <summary>The period presets of the dashboard (wwwroot/js/state.js rangeOf), as dates of a day, and the granularity a report draws them at.</summary>
public static class ReportPeriods
{
    public static readonly string[] Presets = ["last12", "ytd", "lastYear", "last5", "last30"];

    public static (DateOnly From, DateOnly To, string Granularity) Of(string preset, DateOnly today) => preset switch
    {
        "ytd" => (new DateOnly(today.Year, 1, 1), today, "month"),
        "lastYear" => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31), "month"),
        "last5" => (new DateOnly(today.Year - 4, 1, 1), today, "month"),
        "last30" => (today.AddDays(-29), today, "day"),
        _ => (new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today, "month"),
    };
}
