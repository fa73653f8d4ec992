namespace CourtMetrics.Simulation;

/// <summary>
/// What one live tick will write, drawn from the tick's own random stream: the same seed, tick number and
/// court system give the same plan. Arrays, because each kind of event is written by one set-based statement.
/// </summary>
public sealed class LiveTickPlan
{
    // Filings and dispositions balance, so the pending caseload stays steady however long the demo runs.
    private static readonly double[] EventKinds = CaseCategories.Cumulative([0.36, 0.36, 0.18, 0.06, 0.04]);
    private static readonly string[] LiveExpenseItems = ["operations", "technology"];

    public List<string> FilingIds { get; } = [];
    public List<int> FilingCourts { get; } = [];
    public List<short> FilingCategories { get; } = [];
    public List<bool> FilingElectronic { get; } = [];
    public List<bool> FilingExtraterritorial { get; } = [];
    public List<bool> FilingAiAssisted { get; } = [];

    public List<int> DispositionCourts { get; } = [];
    public List<short> DispositionCategories { get; } = [];
    public List<DateOnly> DispositionAims { get; } = [];
    public List<bool> DispositionPublished { get; } = [];

    public List<string> HearingIds { get; } = [];
    public List<int> HearingCourts { get; } = [];
    public List<DateOnly> HearingAims { get; } = [];
    public List<bool> HearingVideo { get; } = [];

    public List<int> PortalCourts { get; } = [];
    public List<int> PortalVisits { get; } = [];

    public List<(int CourtId, DemoBudgetLine Line)> Expenses { get; } = [];

    public static LiveTickPlan Draw(IReadOnlyList<CourtProfile> courts, double[] cumulativeWeights, double expectedEvents,
        long tick, DemoTrends trends, DemoRandom random)
    {
        var plan = new LiveTickPlan();
        var today = trends.Today;
        for (var i = random.Poisson(expectedEvents); i > 0; i--)
        {
            var kind = random.PickWeighted(EventKinds);
            var profile = courts[random.PickWeighted(cumulativeWeights)];
            var court = profile.Court;
            var reform = trends.Reform(today, profile.ReformOffsetDays);
            var category = CaseCategories.All[random.PickWeighted(CaseCategories.CumulativeShares)];
            var eventId = $"{court.Code}-{today.Year}-L{tick}-{i}";
            switch (kind)
            {
                case 0:
                    var electronic = random.Chance(DemoTrends.ElectronicShare(reform));
                    plan.FilingIds.Add(eventId);
                    plan.FilingCourts.Add(court.Id);
                    plan.FilingCategories.Add(category.Id);
                    plan.FilingElectronic.Add(electronic);
                    plan.FilingExtraterritorial.Add(electronic && random.Chance(DemoTrends.ExtraterritorialShare(reform)));
                    plan.FilingAiAssisted.Add(random.Chance(trends.AiShare(today, profile.ReformOffsetDays)));
                    break;
                case 1:
                    plan.DispositionCourts.Add(court.Id);
                    plan.DispositionCategories.Add(category.Id);
                    plan.DispositionAims.Add(today.AddDays(-profile.DurationDays(category, reform, random)));
                    plan.DispositionPublished.Add(random.Chance(DemoTrends.PublishedShare(reform)));
                    break;
                case 2:
                    plan.HearingIds.Add($"{eventId}/H");
                    plan.HearingCourts.Add(court.Id);
                    plan.HearingAims.Add(today.AddDays(-random.Next(180)));
                    plan.HearingVideo.Add(random.Chance(DemoTrends.VideoShare(reform)));
                    break;
                case 3:
                    plan.PortalCourts.Add(court.Id);
                    plan.PortalVisits.Add(1 + random.Poisson(court.PopulationServed / 20_000.0));
                    break;
                default:
                    var item = LiveExpenseItems[random.Next(LiveExpenseItems.Length)];
                    plan.Expenses.Add((court.Id, new DemoBudgetLine($"{eventId}/{item}", (short)today.Year, item, 0,
                        CourtBudget.LiveExpense(profile, item, trends, random), today)));
                    break;
            }
        }
        return plan;
    }
}
