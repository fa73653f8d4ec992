namespace CourtMetrics.Simulation;

public sealed record DemoRegion(short Id, string Code, string Name, long Population, Dictionary<string, string> Names);

public sealed record DemoCourt(int Id, string Code, string Name, short RegionId, string Level, long PopulationServed, int Judges)
{
    /// <summary>Names in the demo's three languages and the court above it: given when the demo builds its country.</summary>
    public Dictionary<string, string> Names { get; init; } = new() { ["en"] = Name };

    public string? Parent { get; init; }
}

/// <summary>
/// The demo's court system, modelled on Kazakhstan: 17 regions and 3 cities of national significance; one supreme
/// court, one regional (oblast or city) court per region, district courts in proportion to population; names in
/// English, Kazakh and Russian (DemoNames).
/// </summary>
public sealed record NationalCourtSystem(IReadOnlyList<DemoRegion> Regions, IReadOnlyList<DemoCourt> Courts)
{
    // Populations rounded from the 2024 national statistics; the largest first, so a small demo keeps big regions.
    public const int SupremeCourtId = 1;

    public static NationalCourtSystem Build(SimulationOptions options)
    {
        var random = new DemoRandom(options.Seed, 0x5157);
        var catalogue = DemoNames.Regions.Take(options.Regions).ToList();
        var regions = catalogue.Select((r, i) => new DemoRegion((short)(i + 1), r.Code, r.En, r.Population, DemoNames.Region(r))).ToList();
        var nation = regions.Sum(r => r.Population);
        var supreme = DemoNames.Supreme();
        var courts = new List<DemoCourt> { new(SupremeCourtId, "SC", supreme["en"], 1, "supreme", nation, 45) { Names = supreme } };

        var districtsPerRegion = Apportion(options.Courts - 1 - regions.Count, regions.Select(r => r.Population).ToArray());
        foreach (var ((region, districts), names) in regions.Zip(districtsPerRegion).Zip(catalogue))
        {
            var regional = DemoNames.RegionalCourt(names);
            courts.Add(new(courts.Count + 1, $"{region.Code}-R", regional["en"], region.Id, "regional",
                region.Population, Judges(region.Population / 8, random)) { Names = regional, Parent = "SC" });
            // District areas differ in size: a city district may serve three times a rural one.
            var sizes = Enumerable.Range(0, districts).Select(_ => random.LogNormal(1, 0.45)).ToArray();
            for (var d = 0; d < districts; d++)
            {
                var served = (long)(region.Population * sizes[d] / sizes.Sum());
                var district = DemoNames.DistrictCourt(names, d + 1);
                courts.Add(new(courts.Count + 1, $"{region.Code}-{d + 1:00}", district["en"],
                    region.Id, "district", served, Judges(served, random)) { Names = district, Parent = $"{region.Code}-R" });
            }
        }
        return new NationalCourtSystem(regions, courts);
    }

    // About one judge per 20,000 inhabitants, never fewer than three on a bench.
    private static int Judges(long population, DemoRandom random) =>
        Math.Max(3, (int)Math.Round(population / 20_000.0 * random.LogNormal(1, 0.15)));

    /// <summary>Splits a count over regions in proportion to population (largest remainder), at least one each.</summary>
    private static int[] Apportion(int total, long[] populations)
    {
        var spare = total - populations.Length;
        var sum = (double)populations.Sum();
        var exact = populations.Select(p => spare * p / sum).ToArray();
        var counts = exact.Select(e => 1 + (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, populations.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i)
                     .Take(total - counts.Sum()))
            counts[i]++;
        return counts;
    }
}
