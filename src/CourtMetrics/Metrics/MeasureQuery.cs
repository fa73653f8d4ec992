using CourtMetrics.Scopes;

namespace CourtMetrics.Metrics;

/// <summary>
/// What every family's measures.sql is asked: the courts (a set, a region, or all), one category or all, and a
/// grid of periods — day, month, quarter, year, or one custom range — from From to To, both inclusive. It answers
/// one row per period: period_start, period_end and one double precision column per catalogue measure. Never a
/// bare numeric: a quotient of numerics carries as many decimals as its operands (0 ÷ a prorated GDP has 32),
/// more than a .NET decimal holds, and the read would fail for that period alone.
/// </summary>
public sealed record MeasureQuery(
    string Family,
    int[]? CourtIds,
    short? RegionId,
    string? Category,
    string Granularity,
    DateOnly From,
    DateOnly To)
{
    public const int MaxCourts = 1000;
    public const int MaxPeriods = 3700;
    public static readonly string[] Granularities = ["day", "month", "quarter", "year", "range"];

    /// <summary>The one court or region asked for, if the query names one (not the nation, not a set of courts).</summary>
    public Scope? SingleScope => RegionId is { } region ? new Scope(ScopeKind.Region, region)
        : CourtIds is [var court] ? new Scope(ScopeKind.Court, court) : null;

    public string ScopeText => CourtIds is { Length: 1 } && RegionId is null ? $"court:{CourtIds[0]}"
        : CourtIds is not null ? $"courts:{string.Join(',', CourtIds)}"
        : RegionId is { } r ? $"region:{r}" : "nation";

    /// <summary>The query's identity (the court set is an array, so the record's own equality will not do).</summary>
    public string Key => $"{Family}|{ScopeText}|{Category}|{Granularity}|{From:yyyy-MM-dd}|{To:yyyy-MM-dd}";

    /// <summary>Reads and checks a query for one of the catalogue's families (GET /api/measures, the live hub).</summary>
    public static bool TryParse(MetricCatalogue catalogue, string? family, string? scope, string? category,
        string? granularity, string? from, string? to, DateOnly today, out MeasureQuery query, out string error)
    {
        query = null!;
        if (family is null || !catalogue.Families.Contains(family))
            return Fail($"family '{Truncate(family)}' is not one of {string.Join(", ", catalogue.Families)}", out error);
        if (category is { Length: > 50 }) return Fail($"category '{Truncate(category)}' is not a category code", out error);
        return TryParse(family, scope, category, granularity, from, to, today, out query, out error);
    }

    /// <summary>Reads and checks a query from request parameters; errors name the parameter and the value.</summary>
    public static bool TryParse(string? family, string? scope, string? category, string? granularity, string? from,
        string? to, DateOnly today, out MeasureQuery query, out string error)
    {
        query = null!;
        error = "";
        var g = string.IsNullOrEmpty(granularity) ? "month" : granularity;
        if (!Granularities.Contains(g)) return Fail($"granularity '{granularity}' is not one of {string.Join(", ", Granularities)}", out error);
        if (!TryDate(to, today, out var end)) return Fail($"to '{to}' is not a date (yyyy-mm-dd)", out error);
        if (!TryDate(from, new DateOnly(end.Year, end.Month, 1).AddMonths(-11), out var start))
            return Fail($"from '{from}' is not a date (yyyy-mm-dd)", out error);
        if (start > end) return Fail($"from {start:yyyy-MM-dd} is after to {end:yyyy-MM-dd}", out error);
        if (g == "day" && end.DayNumber - start.DayNumber + 1 > MaxPeriods)
            return Fail($"a daily series may have at most {MaxPeriods} days; ask for months instead", out error);
        int[]? courts = null;
        short? region = null;
        if (scope?.StartsWith("courts:") == true)
        {
            var ids = scope["courts:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length is 0 or > MaxCourts || !ids.All(i => int.TryParse(i, out var v) && v > 0))
                return Fail($"scope '{Truncate(scope)}' must list 1 to {MaxCourts} court ids: courts:1,2,3", out error);
            courts = ids.Select(int.Parse).Distinct().Order().ToArray();
        }
        else if (Scope.TryParse(scope, out var parsed))
        {
            courts = parsed.CourtId is { } c ? [c] : null;
            region = parsed.RegionId is { } r && r <= short.MaxValue ? (short)r : null;
            if (parsed.Kind == ScopeKind.Region && region is null) return Fail($"scope '{scope}' names no region", out error);
        }
        else return Fail($"scope '{Truncate(scope)}' is not nation, region:<id>, court:<id> or courts:<id>,<id>,…", out error);
        query = new MeasureQuery(family ?? "", courts, region, string.IsNullOrEmpty(category) ? null : category, g, start, end);
        return true;
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrEmpty(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", out date);
    }

    private static string Truncate(string? text) => text is { Length: > 60 } ? text[..60] + "…" : text ?? "";

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
