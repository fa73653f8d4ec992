namespace CourtMetrics.Tests.Support;

/// <summary>Dates relative to today, so fixtures fall inside the dashboard's windows whenever tests run.</summary>
public static class Months
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
    public static DateOnly Start(int monthsAgo) => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-monthsAgo);
    public static string Day(int monthsAgo, int day) => Start(monthsAgo).AddDays(day - 1).ToString("yyyy-MM-dd");
}
