using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourtMetrics.CourtSystem;

/// <summary>
/// A court system as its administrator declares it: the file `import court-system` reads, the API takes and gives
/// back, and the demo writes its country with (wwwroot/schemas/court-system.schema.json, docs/court-system.md).
/// A list that is given is the whole of it: what the file leaves out is removed (a court with data cannot be, and
/// the refusal says to close it instead). A list that is left out (null) is kept as it stands. Names: the court
/// system's own name by language, which the presentation's title slide and the deck open with.
/// </summary>
public sealed record CourtSystemDocument(
    IReadOnlyList<string>? Languages = null,
    string? Currency = null,
    int? FiscalYearStartMonth = null,
    IReadOnlyList<LevelEntry>? Levels = null,
    IReadOnlyList<RegionEntry>? Regions = null,
    IReadOnlyList<CourtEntry>? Courts = null,
    IReadOnlyList<CategoryEntry>? Categories = null,
    IReadOnlyList<EconomyYear>? Economy = null,
    IReadOnlyList<BudgetFloorYear>? BudgetFloor = null,
    Names? Names = null)
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

/// <summary>Names by language code ("en", "kk", "ru", …).</summary>
public sealed class Names : Dictionary<string, string>
{
    public Names() : base(StringComparer.Ordinal) { }

    public Names(IDictionary<string, string> names) : base(names, StringComparer.Ordinal) { }
}

/// <summary>A court level; the list runs from the top court down, so its last level is the first instance.</summary>
public sealed record LevelEntry(string Code, Names Names);

public sealed record RegionEntry(string Code, Names Names, IReadOnlyList<RegionYear>? Years = null,
    JsonElement? Outline = null, TilePosition? Tile = null);

public sealed record RegionYear(int Year, long? Population = null, decimal? Gdp = null);

/// <summary>A cell of a tile map: column and row from the top left, 0–99.</summary>
public sealed record TilePosition(int Column, int Row);

public sealed record CourtEntry(string Code, Names Names, string Region, string Level, string? Parent = null,
    IReadOnlyList<CourtYear>? Years = null, DateOnly? Opened = null, DateOnly? Closed = null);

/// <summary>A court's figures in a year: the population and the GDP of the area it serves, and its judges (full-time equivalents).</summary>
public sealed record CourtYear(int Year, long? PopulationServed = null, decimal? Judges = null, decimal? Gdp = null);

/// <summary>A case category and its time-standard tiers (target share resolved within so many days).</summary>
public sealed record CategoryEntry(string Code, Names Names, IReadOnlyList<TimeStandard> Standards);

public sealed record TimeStandard(int WithinDays, decimal TargetShare);

/// <summary>The nation's GDP and state budget in a year, in the court system's currency.</summary>
public sealed record EconomyYear(int Year, decimal Gdp, decimal StateBudget);

/// <summary>The judiciary's legal minimum share of the state budget in a year, and the law that sets it.</summary>
public sealed record BudgetFloorYear(int Year, decimal ShareOfStateBudget, string LegalBasis);
