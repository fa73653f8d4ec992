namespace CourtMetrics.Simulation;

/// <summary>
/// The demo country's economy, modelled on Kazakhstan (2024: GDP about 6.6 million tenge per inhabitant, state
/// budget expenditure about a fifth of GDP, nominal growth about 10 % a year), and a budget floor in law that
/// the demo's court allocations meet with a little room.
/// </summary>
public static class DemoEconomy
{
    private const double GdpPerCapitaToday = 6.6e6;
    private const double NominalGrowth = 1.10;
    public const decimal StateBudgetShare = 0.19m;

    /// <summary>The judiciary's floor: 0.12 % of state budget expenditure (demo law).</summary>
    public const decimal FloorShare = 0.0012m;

    public const string LegalBasis = "Demo: Constitutional Law on the Judicial System, art. 40 — at least 0.12 % of state budget expenditure";

    public static decimal GdpPerCapita(int year, DemoTrends trends) =>
        Math.Round((decimal)(GdpPerCapitaToday * Math.Pow(NominalGrowth, year - trends.Today.Year)), 2);

    /// <summary>Parameters of simulation/insert-economy.sql for the years first..last.</summary>
    public static object Years(int first, int last, DemoTrends trends)
    {
        var years = Enumerable.Range(first, last - first + 1).ToArray();
        return new
        {
            Years = years.Select(y => (short)y).ToArray(),
            GdpPerCapita = years.Select(y => GdpPerCapita(y, trends)).ToArray(),
            StateBudgetShare,
            FloorShare,
            LegalBasis,
        };
    }
}
