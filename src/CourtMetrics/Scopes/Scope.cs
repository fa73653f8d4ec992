namespace CourtMetrics.Scopes;

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

/// <summary>A court, region or case category asked for by name or id that the court system does not have (a 404).</summary>
public abstract class NotInCourtSystemException(string message) : Exception(message);

public sealed class UnknownScopeException(Scope scope) : NotInCourtSystemException($"There is no {scope}.");
