namespace CourtMetrics.Simulation;

/// <summary>A time-standard tier: target share of cases resolved within so many days.</summary>
public sealed record TimeStandardTier(int WithinDays, decimal TargetShare);

/// <summary>
/// A case category of the demo: its share of filings, how long its cases take at a court of average speed
/// (log-normal: median and spread, in days) and how many hearings a case has on average.
/// </summary>
public sealed record DemoCategory(
    short Id, string Code, string Name, double Share, double MedianDays, double Spread, double Hearings,
    IReadOnlyList<TimeStandardTier> Standards);

public static class CaseCategories
{
    // Time standards from the Model Time Standards for State Courts (NCSC/CCJ/COSCA 2011, as amended by ABA
    // resolution 112, February 2012): general civil, felony, misdemeanour, dissolution/divorce, summary matters.
    private static readonly TimeStandardTier[] GeneralCivil = [new(180, 0.75m), new(365, 0.90m), new(540, 0.98m)];
    private static readonly TimeStandardTier[] Felony = [new(90, 0.75m), new(180, 0.90m), new(365, 0.98m)];
    private static readonly TimeStandardTier[] Misdemeanour = [new(60, 0.75m), new(90, 0.90m), new(180, 0.98m)];
    private static readonly TimeStandardTier[] Divorce = [new(120, 0.75m), new(180, 0.90m), new(365, 0.98m)];
    private static readonly TimeStandardTier[] SummaryMatters = [new(60, 0.75m), new(90, 0.90m), new(180, 0.98m)];

    // Medians are chosen so that a court of average speed meets the 75 % tier with a little room: slow courts
    // miss it, fast ones beat it, as in a real system. Shares follow a typical first-instance caseload.
    public static readonly IReadOnlyList<DemoCategory> All =
    [
        new(1, "civil", "Civil", 0.36, 105, 0.75, 1.2, GeneralCivil),
        new(2, "criminal", "Criminal", 0.15, 50, 0.80, 1.5, Felony),
        // Administrative offences are tried like misdemeanours.
        new(3, "administrative", "Administrative", 0.19, 32, 0.70, 0.5, Misdemeanour),
        new(4, "family", "Family", 0.14, 70, 0.70, 0.9, Divorce),
        // Commercial disputes are general civil matters heard by specialised benches.
        new(5, "commercial", "Commercial", 0.09, 110, 0.80, 1.1, GeneralCivil),
        // Labour disputes have priority in procedural law; our choice is the summary-matters standard.
        new(6, "labour", "Labour", 0.07, 35, 0.70, 0.8, SummaryMatters),
    ];

    /// <summary>Cumulative shares, for drawing a category in proportion to its share of filings.</summary>
    public static readonly double[] CumulativeShares = Cumulative(All.Select(c => c.Share).ToArray());

    public static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++) cumulative[i] = sum += weights[i];
        return cumulative;
    }
}
