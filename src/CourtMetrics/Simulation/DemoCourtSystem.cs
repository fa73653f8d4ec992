using CourtMetrics.CourtSystem;

namespace CourtMetrics.Simulation;

/// <summary>
/// The demo country as a court-system file, so the demo writes its courts through the administrators' one path
/// (CourtSystemStore): three languages, tenge, calendar fiscal years, populations and judges of this year, the regions'
/// cells on the tile map (it has no outlines), the economy and the budget floor for every year of its history.
/// </summary>
public static class DemoCourtSystem
{
    public static CourtSystemDocument Of(NationalCourtSystem system, int firstYear, DemoTrends trends)
    {
        var today = trends.Today.Year;
        var nation = system.Regions.Sum(r => r.Population);
        var years = Enumerable.Range(firstYear, today - firstYear + 1).ToList();
        return new CourtSystemDocument(
            Languages: ["en", "kk", "ru"], Currency: "KZT", FiscalYearStartMonth: 1,
            Levels: DemoNames.Levels.Select(l => new LevelEntry(l.Code, new Names(l.Names))).ToList(),
            Regions: system.Regions.Select(r => new RegionEntry(r.Code, new Names(r.Names), [new RegionYear(today, r.Population)],
                Tile: DemoNames.Regions.First(n => n.Code == r.Code).Tile)).ToList(),
            Courts: system.Courts.Select(c => new CourtEntry(c.Code, new Names(c.Names),
                system.Regions.First(r => r.Id == c.RegionId).Code, c.Level, c.Parent,
                [new CourtYear(today, c.PopulationServed, c.Judges)])).ToList(),
            Categories: CaseCategories.All.Select(k => new CategoryEntry(k.Code, new Names(DemoNames.Categories[k.Code]),
                k.Standards.Select(s => new TimeStandard(s.WithinDays, s.TargetShare)).ToList())).ToList(),
            Economy: years.Select(y => new EconomyYear(y, Math.Round(nation * DemoEconomy.GdpPerCapita(y, trends), 2),
                Math.Round(nation * DemoEconomy.GdpPerCapita(y, trends) * DemoEconomy.StateBudgetShare, 2))).ToList(),
            BudgetFloor: years.Select(y => new BudgetFloorYear(y, DemoEconomy.FloorShare, DemoEconomy.LegalBasis)).ToList(),
            Names: new Names(DemoNames.System));
    }
}
