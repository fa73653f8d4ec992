namespace CourtMetrics.Simulation;

public sealed record DemoRegion(short Id, string Code, string Name, long Population);

public sealed record DemoCourt(int Id, string Code, string Name, short RegionId, string Level, long PopulationServed, int Judges);

/// <summary>
/// The demo's court system, modelled on Kazakhstan: 17 regions and 3 cities of national significance; one supreme
/// court, one regional (oblast or city) court per region, district courts in proportion to population.
/// </summary>
public sealed record NationalCourtSystem(IReadOnlyList<DemoRegion> Regions, IReadOnlyList<DemoCourt> Courts)
{
    // Populations rounded from the 2024 national statistics; the largest first, so a small demo keeps big regions.
    private static readonly (string Code, string Name, long Population)[] Catalogue =
    [
        ("ALA", "Almaty City", 2_230_000), ("TUR", "Turkistan Region", 2_110_000), ("ALM", "Almaty Region", 1_530_000),
        ("AST", "Astana City", 1_420_000), ("SHY", "Shymkent City", 1_230_000), ("ZHA", "Jambyl Region", 1_220_000),
        ("KAR", "Karaganda Region", 1_130_000), ("AKT", "Aktobe Region", 930_000), ("KOS", "Kostanay Region", 830_000),
        ("KZY", "Kyzylorda Region", 830_000), ("AKM", "Akmola Region", 790_000), ("MAN", "Mangystau Region", 780_000),
        ("PAV", "Pavlodar Region", 750_000), ("VOS", "East Kazakhstan Region", 720_000), ("ATY", "Atyrau Region", 700_000),
        ("ZHE", "Jetisu Region", 700_000), ("ZAP", "West Kazakhstan Region", 690_000), ("ABA", "Abai Region", 610_000),
        ("SEV", "North Kazakhstan Region", 530_000), ("ULY", "Ulytau Region", 220_000),
    ];

    public const int SupremeCourtId = 1;

    public static NationalCourtSystem Build(SimulationOptions options)
    {
        var random = new DemoRandom(options.Seed, 0x5157);
        var regions = Catalogue.Take(options.Regions)
            .Select((r, i) => new DemoRegion((short)(i + 1), r.Code, r.Name, r.Population))
            .ToList();
        var nation = regions.Sum(r => r.Population);
        var courts = new List<DemoCourt> { new(SupremeCourtId, "SC", "Supreme Court", 1, "supreme", nation, 45) };

        var districtsPerRegion = Apportion(options.Courts - 1 - regions.Count, regions.Select(r => r.Population).ToArray());
        foreach (var (region, districts) in regions.Zip(districtsPerRegion))
        {
            var regionalName = region.Name.Replace(" Region", " Regional") + " Court";
            courts.Add(new(courts.Count + 1, $"{region.Code}-R", regionalName, region.Id, "regional",
                region.Population, Judges(region.Population / 8, random)));
            // District areas differ in size: a city district may serve three times a rural one.
            var sizes = Enumerable.Range(0, districts).Select(_ => random.LogNormal(1, 0.45)).ToArray();
            for (var d = 0; d < districts; d++)
            {
                var served = (long)(region.Population * sizes[d] / sizes.Sum());
                courts.Add(new(courts.Count + 1, $"{region.Code}-{d + 1:00}", $"{region.Name} District Court No. {d + 1}",
                    region.Id, "district", served, Judges(served, random)));
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
