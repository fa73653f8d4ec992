namespace CourtMetrics.Simulation;

/// <summary>
/// The shapes that make the demo look like a real system: seasonal filings, a smart-courts reform whose
/// effects rise along logistic curves centred about 18 months before today, and the summer recess.
/// </summary>
public sealed class DemoTrends(DateOnly today)
{
    // January is quiet after the holidays; July–August is the judicial recess.
    private static readonly double[] MonthFactor = [0.62, 0.95, 1.08, 1.05, 1.02, 1.0, 0.68, 0.72, 1.1, 1.12, 1.1, 1.04];
    private const double WeekdayMean = (5 + 0.12 + 0.05) / 7;
    private static readonly double FilingNormaliser = 1 / (MonthFactor.Average() * WeekdayMean);
    private const double ReformWidthDays = 75;

    public DateOnly Today { get; } = today;

    /// <summary>Midpoint of the reform's adoption curve at an average court.</summary>
    public DateOnly ReformMidpoint { get; } = today.AddMonths(-18);

    /// <summary>Filings on a day relative to the yearly average day; also a slow growth of 3 % a year.</summary>
    public double FilingFactor(DateOnly day)
    {
        var weekday = day.DayOfWeek switch { DayOfWeek.Saturday => 0.12, DayOfWeek.Sunday => 0.05, _ => 1.0 };
        var growth = 1 + 0.03 * (day.DayNumber - Today.DayNumber) / 365.0;
        return MonthFactor[day.Month - 1] * weekday * growth * FilingNormaliser;
    }

    /// <summary>How far the reform has reached a court on a day, 0 to 1; early courts adopt before laggards.</summary>
    public double Reform(DateOnly day, double courtOffsetDays) =>
        1 / (1 + Math.Exp(-(day.DayNumber - ReformMidpoint.DayNumber - courtOffsetDays) / ReformWidthDays));

    /// <summary>E-filing rises from about 15 % to about 85 %.</summary>
    public static double ElectronicShare(double reform) => 0.15 + 0.70 * reform;

    public static double VideoShare(double reform) => 0.04 + 0.46 * reform;

    /// <summary>Judgments published online rise from about a quarter to nearly all with the reform's portal.</summary>
    public static double PublishedShare(double reform) => 0.25 + 0.70 * reform;

    /// <summary>AI assistance follows the reform by about half a year.</summary>
    public double AiShare(DateOnly day, double courtOffsetDays) => 0.35 * Reform(day.AddDays(-180), courtOffsetDays);

    /// <summary>Filing to a court outside one's region became possible only with the reform's e-filing.</summary>
    public static double ExtraterritorialShare(double reform) => reform < 0.2 ? 0 : 0.12 * reform;

    /// <summary>Courts finish cases faster as the reform settles in (up to 15 %).</summary>
    public static double SpeedUp(double reform) => 1 - 0.15 * reform;

    /// <summary>Decisions are not handed down on weekends, and many wait out the summer recess.</summary>
    public static DateOnly DecisionDay(DateOnly day, DemoRandom random)
    {
        if (day.Month is 7 or 8 && random.Chance(0.3)) day = new DateOnly(day.Year, 9, 1).AddDays(random.Next(45));
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }
}
