namespace CourtMetrics.Simulation;

/// <summary>
/// A court's budget: allocated per item at the start of each fiscal year, spent month by month (payroll and bills
/// on the 25th, with the December rush), and in small live amounts.
/// </summary>
public static class CourtBudget
{
    public static readonly string[] Items = ["personnel", "operations", "technology", "capital"];

    // Personnel dominates court budgets (CEPEJ: about two thirds); technology grows with the reform.
    private static double ItemShare(string item, double reform) => item switch
    {
        "personnel" => 0.68 - 0.04 * reform,
        "operations" => 0.17,
        "technology" => 0.08 + 0.05 * reform,
        _ => 0.07 - 0.01 * reform,
    };

    private static readonly double[] MonthlySpending = [0.55, 0.85, 0.95, 1.0, 1.0, 1.0, 0.95, 0.9, 1.0, 1.05, 1.1, 1.65];

    /// <summary>Yearly allocation in tenge: about 28 million a judge, growing with inflation.</summary>
    public static decimal Allocation(CourtProfile court, int year, string item, DemoTrends trends)
    {
        var reform = trends.Reform(new DateOnly(year, 7, 1), court.ReformOffsetDays);
        var inflation = Math.Pow(1.08, year - trends.Today.Year);
        return Math.Round((decimal)(court.Court.Judges * 28e6 * ItemShare(item, reform) * inflation), 2);
    }

    public static DemoBudgetLine AllocationLine(CourtProfile court, int year, string item, DemoTrends trends) =>
        new($"{court.Court.Code}-{year}-{item}-allocation", (short)year, item, Allocation(court, year, item, trends), 0, new DateOnly(year, 1, 1));

    /// <summary>Allocations for every fiscal year the window touches, and monthly spending up to today.</summary>
    public static IEnumerable<DemoBudgetLine> History(CourtProfile court, DateOnly from, DemoTrends trends, DemoRandom random)
    {
        for (var year = from.Year; year <= trends.Today.Year; year++)
        {
            var execution = 0.92 + 0.07 * random.NextDouble();
            foreach (var item in Items)
            {
                var allocated = Allocation(court, year, item, trends);
                yield return AllocationLine(court, year, item, trends);
                for (var month = 1; month <= 12; month++)
                {
                    var booked = new DateOnly(year, month, 25);
                    if (booked < from || booked > trends.Today) continue;
                    var spent = allocated / 12 * (decimal)(MonthlySpending[month - 1] / MonthlySpending.Average() * execution * random.LogNormal(1, 0.05));
                    yield return new($"{court.Court.Code}-{year}-{month:00}-{item}", (short)year, item, 0, Math.Round(spent, 2), booked);
                }
            }
        }
    }

    /// <summary>A live expense: a bill or a purchase of a few days' worth of the item's allocation.</summary>
    public static decimal LiveExpense(CourtProfile court, string item, DemoTrends trends, DemoRandom random) =>
        Math.Round(Allocation(court, trends.Today.Year, item, trends) / 365 * (decimal)random.LogNormal(0.5, 0.8), 2);
}
