using CourtMetrics.Metrics;
using CourtMetrics.Tests.DigitalAccess;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Budgets;

/// <summary>The measures of BudgetApp's facts through /api/measures, computed by hand.</summary>
public sealed class BudgetMeasuresTests(BudgetApp app) : IClassFixture<BudgetApp>
{
    private const string Family = "budget";
    private const double Nation = 1_500_000;
    private readonly HttpClient _http = app.CreateClient();

    // Order of the arguments of AssertBudget: the catalogue's.
    private static readonly string[] Measures =
    [
        "allocated", "spent", "budget_execution", "cost_per_resolved_case", "spending_per_inhabitant", "spending_share_of_gdp",
        "personnel_share", "budget_floor_compliance",
    ];

    private static void AssertBudget(MeasurePoint point, params double?[] expected) => point.Are(Measures, expected);

    [Fact]
    public async Task Months_get_their_days_share_of_the_yearly_allocation_and_the_spending_booked_in_them()
    {
        var series = await _http.GetAsync(Family, "granularity=month&from=2025-03-01&to=2025-04-30");

        // March: allocated 31 × 6,000 = 186,000; spent 50,000 + 20,000 + 30,000 + 10,000 = 110,000, of it
        // personnel 80,000; 4 cases resolved; GDP 1,000 M × 31/365; legal minimum 2 M × 31/365.
        AssertBudget(series.Points[0], 186_000, 110_000, 110_000 / 186_000.0, 110_000 / 4.0, 110_000 / Nation,
            110_000 / (1e9 * 31 / 365), 80_000 / 110_000.0, 2_190_000 / 2_000_000.0);
        // April: 30 × 6,000 = 180,000; spent 40,000 personnel; nothing resolved: no cost per case.
        AssertBudget(series.Points[1], 180_000, 40_000, 40_000 / 180_000.0, null, 40_000 / Nation,
            40_000 / (1e9 * 30 / 365), 1.0, 2_190_000 / 2_000_000.0);
    }

    [Fact]
    public async Task A_year_gets_its_whole_allocation_and_a_year_without_figures_has_no_ratios()
    {
        var years = await _http.GetAsync(Family, "granularity=year&from=2023-01-01&to=2025-12-31");

        // 2023: nothing at all, not even GDP or a floor.
        AssertBudget(years.Points[0], 0, 0, null, null, 0, null, null, null);
        // 2024: 366,000 allocated, nothing booked (the late 5,000 was booked in 2025); minimum 1.8 M.
        AssertBudget(years.Points[1], 366_000, 0, 0, null, 0, 0, null, 366_000 / 1_800_000.0);
        // 2025: spent 110,000 + 40,000 + 5,000 = 155,000, of it personnel 50,000 + 40,000 + 30,000; 4 resolved.
        AssertBudget(years.Points[2], 2_190_000, 155_000, 155_000 / 2_190_000.0, 155_000 / 4.0, 155_000 / Nation,
            155_000 / 1e9, 120_000 / 155_000.0, 2_190_000 / 2_000_000.0);
    }

    [Fact]
    public async Task A_custom_range_across_the_year_end_prorates_each_year_by_its_own_days()
    {
        var range = await _http.RangeAsync(Family, "2024-12-01", "2025-01-31");

        // December 2024: 31 of 366 days; January 2025: 31 of 365. Spent: the late 5,000 (fiscal 2024, booked in 2025).
        const double allocated = 31 * 1_000 + 31 * 6_000;
        const double gdp = 900e6 * 31 / 366 + 1e9 * 31 / 365;
        const double minimum = 1.8e6 * 31 / 366 + 2e6 * 31 / 365;
        AssertBudget(range, allocated, 5_000, 5_000 / allocated, null, 5_000 / Nation, 5_000 / gdp, 0.0, allocated / minimum);

        var spring = await _http.RangeAsync(Family, "2025-03-20", "2025-04-24");
        // 12 days of March + 24 of April = 36 × 6,000; spent 50,000 + 30,000 on 03-25; resolved 03-21 and 03-31.
        AssertBudget(spring, 216_000, 80_000, 80_000 / 216_000.0, 40_000, 80_000 / Nation, 80_000 / (1e9 * 36 / 365),
            1.0, 2_190_000 / 2_000_000.0);
    }

    [Fact]
    public async Task Parts_of_the_judiciary_have_their_own_inhabitants_and_no_floor_of_their_own()
    {
        var south = await _http.RangeAsync(Family, "2025-03-01", "2025-03-31", "region:2");
        // 365,000 × 31/365 = 31,000 allocated; 30,000 spent on 1 resolved case; 500 k inhabitants.
        AssertBudget(south, 31_000, 30_000, 30_000 / 31_000.0, 30_000, 30_000 / 500_000.0, 30_000 / (1e9 * 31 / 365), 1.0, null);

        var regional = await _http.RangeAsync(Family, "2025-03-01", "2025-03-31", "court:12");
        // 730,000 × 31/365 = 62,000; 10,000 on technology; nothing resolved; the region's 1 M inhabitants.
        AssertBudget(regional, 62_000, 10_000, 10_000 / 62_000.0, null, 10_000 / 1_000_000.0, 10_000 / (1e9 * 31 / 365), 0.0, null);

        var districts = await _http.RangeAsync(Family, "2025-03-01", "2025-03-31", "courts:11,21");
        // (1,095,000 + 365,000) × 31/365 = 124,000; 100,000 spent, 80,000 personnel; 4 resolved; 600 k + 500 k.
        AssertBudget(districts, 124_000, 100_000, 100_000 / 124_000.0, 25_000, 100_000 / 1_100_000.0,
            100_000 / (1e9 * 31 / 365), 0.8, null);
    }

    [Fact]
    public async Task A_region_december_with_nothing_spent_yet_has_zero_ratios_not_an_error()
    {
        // What a region's December looks like before its spending is booked: 0 ÷ a prorated allocation and a national
        // GDP in the trillions. The quotients once came back with 32 decimals, more than the reader holds, and the
        // budget view of every region and court failed while the nation's worked.
        var months = await _http.GetAsync(Family, "scope=region:2&granularity=month&from=2026-11-01&to=2026-12-31");

        // Court 21: 365,000 for 2026 = 1,000 a day; nothing booked; 500 k inhabitants; no floor of its own.
        AssertBudget(months.Points[0], 30_000, 0, 0, null, 0, 0, null, null);
        AssertBudget(months.Points[1], 31_000, 0, 0, null, 0, 0, null, null);
        var court = await _http.GetAsync(Family, "scope=court:21&granularity=quarter&from=2026-10-01&to=2026-12-31");
        AssertBudget(Assert.Single(court.Points), 92_000, 0, 0, null, 0, 0, null, null);
    }

    [Fact]
    public async Task Budgets_have_no_category_so_a_category_changes_nothing()
    {
        var all = await _http.RangeAsync(Family, "2025-01-01", "2025-12-31");
        var criminal = Assert.Single((await _http.GetAsync(Family, "category=criminal&granularity=range&from=2025-01-01&to=2025-12-31")).Points);

        Assert.Equal(all.Values, criminal.Values);
    }

    [Fact]
    public async Task An_empty_scope_spends_nothing_and_has_no_ratios()
    {
        var empty = await _http.RangeAsync(Family, "2025-01-01", "2025-12-31", "courts:998,999");

        // Nothing of a national GDP is 0 %; per inhabitant and per case have no denominator.
        AssertBudget(empty, 0, 0, null, null, null, 0, null, null);
    }
}
