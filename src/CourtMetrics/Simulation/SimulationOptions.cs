using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Simulation;

/// <summary>
/// The demo simulator, configuration section "Simulation". The defaults give a national court system of about
/// 200 courts with 1.2 million cases of history and a few live events a second.
/// </summary>
public sealed record SimulationOptions : IValidatableObject
{
    public const string Section = "Simulation";

    /// <summary>
    /// Whether to fill an empty database with the demo and keep it live; it never touches a database that has a
    /// court system it did not seed. Unset, the demo runs only on the product's own local database outside
    /// Production: a connection string (a real server) or a Production start never gets invented cases unless
    /// asked for with true. ./run.sh asks for it when it runs the local database.
    /// </summary>
    public bool? Enabled { get; init; }

    public bool RunsDemo(bool ownLocalDatabase, bool production) => Enabled ?? (ownLocalDatabase && !production);

    public string OffReason(bool ownLocalDatabase) => Enabled == false
        ? "switched off (Simulation:Enabled = false)"
        : ownLocalDatabase ? "not asked for in Production (Simulation:Enabled unset)"
        : "not asked for on a database of its own (a connection string, Simulation:Enabled unset)";

    /// <summary>Same seed, same start state → same data.</summary>
    public long Seed { get; init; } = 20261125;

    [Range(1, 20)]
    public int Regions { get; init; } = 20;

    /// <summary>All levels together: one supreme court, one regional court per region, the rest district courts.</summary>
    [Range(3, 5000)]
    public int Courts { get; init; } = 200;

    [Range(1, 20)]
    public int HistoryYears { get; init; } = 3;

    /// <summary>Scale of the history: the mean court receives this many cases a year.</summary>
    [Range(1, 1_000_000)]
    public int CasesPerCourtPerYear { get; init; } = 2000;

    /// <summary>Live events (filings, dispositions, hearings, portal visits, spending) per second, on average.</summary>
    [Range(0.0, 10_000.0)]
    public double EventsPerSecond { get; init; } = 1;

    [Range(50, 3_600_000)]
    public int TickMilliseconds { get; init; } = 1000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Courts < 2 * Regions + 1)
            yield return new ValidationResult(
                $"Simulation:Courts must be at least {2 * Regions + 1}: one supreme court, and a regional and a district court per region.",
                [nameof(Courts)]);
    }
}
