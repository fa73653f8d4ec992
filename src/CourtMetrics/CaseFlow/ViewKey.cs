namespace CourtMetrics.CaseFlow;

public enum ScopeKind { Nation, Region, Court }

/// <summary>A part of the court system: "nation", "region:7" or "court:42".</summary>
public readonly record struct Scope(ScopeKind Kind, int Id = 0)
{
    public static readonly Scope Nation = new(ScopeKind.Nation);

    public int? RegionId => Kind == ScopeKind.Region ? Id : null;
    public int? CourtId => Kind == ScopeKind.Court ? Id : null;

    public override string ToString() => Kind switch
    {
        ScopeKind.Region => $"region:{Id}",
        ScopeKind.Court => $"court:{Id}",
        _ => "nation",
    };

    public static bool TryParse(string? text, out Scope scope)
    {
        scope = Nation;
        if (string.IsNullOrEmpty(text) || text == "nation") return true;
        var parts = text.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], out var id) || id <= 0 || id > 1_000_000) return false;
        scope = parts[0] switch
        {
            "region" => new Scope(ScopeKind.Region, id),
            "court" => new Scope(ScopeKind.Court, id),
            _ => default,
        };
        return parts[0] is "region" or "court";
    }
}

public enum Granularity { Month, Day }

/// <summary>One live view of the case flow: a scope at a granularity. It is also the SignalR group name.</summary>
public readonly record struct ViewKey(Scope Scope, Granularity Granularity)
{
    public string Group => $"case-flow|{Scope}|{GranularityName}";
    public string GranularityName => Granularity == Granularity.Day ? "day" : "month";

    public static bool TryParse(string? scope, string? granularity, out ViewKey key, out string error)
    {
        key = default;
        error = "";
        if (!Scope.TryParse(scope, out var parsedScope))
        {
            error = $"scope '{scope}' is not 'nation', 'region:<id>' or 'court:<id>'";
            return false;
        }
        Granularity? parsedGranularity = granularity switch { null or "" or "month" => Granularity.Month, "day" => Granularity.Day, _ => null };
        if (parsedGranularity is null)
        {
            error = $"granularity '{granularity}' is not 'month' or 'day'";
            return false;
        }
        key = new ViewKey(parsedScope, parsedGranularity.Value);
        return true;
    }
}
