namespace CourtMetrics.Simulation;

/// <summary>
/// Generates each court's history from its own random stream, so courts can be generated in parallel and in any
/// order and still give the same rows for a seed.
/// </summary>
public sealed class HistoryGenerator(SimulationOptions options, DemoTrends trends)
{
    // Cases filed in the year before the window that are still open at its start: the opening pending stock.
    private const int WarmUpDays = 365;

    public DateOnly From { get; } = trends.Today.AddYears(-options.HistoryYears);

    public CourtHistory[] Generate(IReadOnlyList<CourtProfile> profiles)
    {
        var histories = new CourtHistory[profiles.Count];
        Parallel.For(0, profiles.Count, i => histories[i] = Generate(profiles[i]));
        return histories;
    }

    public CourtHistory Generate(CourtProfile profile)
    {
        var random = new DemoRandom(options.Seed, 0xCA5E, profile.Court.Id);
        var cases = new List<DemoCase>();
        var hearings = new List<DemoHearing>();
        var perDay = profile.Weight * options.CasesPerCourtPerYear / 365.0;
        var numbers = new Dictionary<int, int>();
        for (var day = From.AddDays(-WarmUpDays); day <= trends.Today; day = day.AddDays(1))
        {
            var reform = trends.Reform(day, profile.ReformOffsetDays);
            var expected = perDay * trends.FilingFactor(day);
            foreach (var category in CaseCategories.All)
            {
                for (var n = random.Poisson(expected * category.Share); n > 0; n--)
                {
                    var (filed, hearingsOfCase) = NewCase(profile, category, day, reform, random);
                    if (filed.DisposedOn < From) continue; // decided before the window: not part of the history
                    var number = numbers[day.Year] = numbers.GetValueOrDefault(day.Year) + 1;
                    var sourceId = $"{profile.Court.Code}-{day.Year}-{number:000000}";
                    foreach (var (index, (heldOn, video)) in hearingsOfCase.Index())
                        if (heldOn >= From)
                            hearings.Add(new($"{sourceId}/H{index + 1}", cases.Count, heldOn, video));
                    cases.Add(filed with { SourceId = sourceId });
                }
            }
        }
        var budget = CourtBudget.History(profile, From, trends, random).ToList();
        return new CourtHistory(profile.Court, cases, hearings, budget, PortalUse(profile, random));
    }

    /// <summary>A case filed on a day at a court, with the hearings held in it up to today.</summary>
    public (DemoCase Case, List<(DateOnly HeldOn, bool Video)> Hearings) NewCase(
        CourtProfile profile, DemoCategory category, DateOnly day, double reform, DemoRandom random)
    {
        var decided = DemoTrends.DecisionDay(day.AddDays(profile.DurationDays(category, reform, random)), random);
        DateOnly? disposed = decided <= trends.Today ? decided : null;
        var electronic = random.Chance(DemoTrends.ElectronicShare(reform));
        var extraterritorial = electronic && random.Chance(DemoTrends.ExtraterritorialShare(reform));
        var ai = random.Chance(trends.AiShare(day, profile.ReformOffsetDays));

        var hearings = new List<(DateOnly, bool)>();
        var last = disposed ?? trends.Today;
        var span = last.DayNumber - day.DayNumber;
        for (var h = random.Poisson(category.Hearings); h > 0 && span > 0; h--)
        {
            var held = day.AddDays(1 + random.Next(span));
            if (held.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue; // courts sit on weekdays
            hearings.Add((held, random.Chance(DemoTrends.VideoShare(trends.Reform(held, profile.ReformOffsetDays)))));
        }
        hearings.Sort();
        return (new DemoCase("", category.Id, day, disposed, electronic, extraterritorial, ai, Publication(profile, disposed, random)), hearings);
    }

    /// <summary>When a decided case's judgment went online: a few days after the decision, more often after the reform.</summary>
    private DateOnly? Publication(CourtProfile profile, DateOnly? disposed, DemoRandom random)
    {
        if (disposed is not { } decided) return null;
        var share = DemoTrends.PublishedShare(trends.Reform(decided, profile.ReformOffsetDays));
        if (!random.Chance(share)) return null;
        var published = decided.AddDays(random.Poisson(4));
        return published <= trends.Today ? published : null;
    }

    /// <summary>Daily portal visits in a district court's area, up to yesterday (today comes from live events).</summary>
    private List<DemoPortalDay> PortalUse(CourtProfile profile, DemoRandom random)
    {
        var days = new List<DemoPortalDay>();
        if (profile.Court.Level != "district") return days; // higher courts' areas overlap the districts'
        for (var day = From; day < trends.Today; day = day.AddDays(1))
        {
            var perThousand = 0.4 + 3.6 * trends.Reform(day, profile.ReformOffsetDays);
            var weekday = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.45 : 1.0;
            days.Add(new(day, (int)(profile.Court.PopulationServed / 1000.0 * perThousand * weekday * random.LogNormal(1, 0.15))));
        }
        return days;
    }
}
