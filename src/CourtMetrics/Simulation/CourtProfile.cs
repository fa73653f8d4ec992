namespace CourtMetrics.Simulation;

/// <summary>
/// A court's character in the demo, derived from the seed and the court alone so that the backfill and the live
/// events agree: its share of the national caseload, how slow it is, and when it took up the reform.
/// </summary>
public sealed record CourtProfile(DemoCourt Court, double Weight, double Slowness, double ReformOffsetDays)
{
    // Appeals reach a regional court for about a tenth of first-instance cases, the supreme court far fewer.
    private static double LevelLoad(string level) => level switch { "supreme" => 0.01, "regional" => 0.12, _ => 1.0 };

    // Appeal courts decide on the file and so faster than trial courts.
    private static double LevelSlowness(string level) => level switch { "supreme" => 0.9, "regional" => 0.7, _ => 1.0 };

    /// <summary>Profiles of all courts, with weights scaled so that the mean court has weight 1.</summary>
    public static IReadOnlyList<CourtProfile> For(IReadOnlyList<DemoCourt> courts, long seed)
    {
        var raw = courts.Select(c => LevelLoad(c.Level) * c.PopulationServed).ToArray();
        var scale = courts.Count / raw.Sum();
        return courts.Select((court, i) =>
        {
            var random = new DemoRandom(seed, 0xC0, court.Id);
            // Log-normal slowness: most courts near the median, a few markedly slow or fast.
            var slowness = random.LogNormal(1, 0.35) * LevelSlowness(court.Level);
            var offset = random.Normal() * 60;
            return new CourtProfile(court, raw[i] * scale, slowness, offset);
        }).ToList();
    }

    /// <summary>Cumulative weights, for drawing a court in proportion to its caseload.</summary>
    public static double[] CumulativeWeights(IReadOnlyList<CourtProfile> profiles) =>
        CaseCategories.Cumulative(profiles.Select(p => p.Weight).ToArray());

    /// <summary>A case's duration in days at this court, filed when the reform had reached <paramref name="reform"/>.</summary>
    public int DurationDays(DemoCategory category, double reform, DemoRandom random) =>
        (int)Math.Round(random.LogNormal(category.MedianDays * Slowness * DemoTrends.SpeedUp(reform), category.Spread));
}
