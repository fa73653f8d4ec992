using CourtMetrics.Jobs;
using CourtMetrics.Tests.DigitalAccess;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.Budgets;

/// <summary>New, changed and deleted budget lines recompute their days, months and fiscal years, and match a rebuild.</summary>
public sealed class BudgetIncrementalTests : IAsyncLifetime
{
    private static readonly string[] Aggregates = ["budget_daily", "budget_monthly", "budget_allocated_yearly"];
    private readonly BudgetApp _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Changed_budget_lines_move_the_measures_and_equal_a_full_rebuild()
    {
        await _app.ExecuteAsync("""
            INSERT INTO budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
                VALUES ('fixture', 'S21-03p2', 21, 2025, 'personnel', 0, 20000, '2025-03-26');
            UPDATE budget_lines SET spent = 25000 WHERE source_id = 'S11-03o';
            UPDATE budget_lines SET allocated = 365000 WHERE source_id = 'A12t';
            DELETE FROM budget_lines WHERE source_id = 'S11-04p';
            UPDATE budget_lines SET booked_on = '2024-12-20' WHERE source_id = 'S11-late';
            """);
        var published = await _app.AggregateAsync();
        var incremental = await _app.DigestAsync(Aggregates);

        Assert.Equal([11, 12, 21], published?.CourtIds ?? []);
        var months = await _app.CreateClient().GetAsync("budget", "granularity=month&from=2025-03-01&to=2025-04-30");
        // 2025 allocations now 1,095,000 + 365,000 + 365,000 = 1,825,000 = 5,000 a day: under the 2 M floor.
        // March spent 50,000 + 25,000 + 30,000 + 20,000 + 10,000 = 135,000, of it personnel 100,000.
        months.Points[0].Is("allocated", 155_000);
        months.Points[0].Is("spent", 135_000);
        months.Points[0].Is("personnel_share", 100_000 / 135_000.0);
        months.Points[0].Is("budget_floor_compliance", 1_825_000 / 2_000_000.0);
        months.Points[1].Is("spent", 0);                 // the April line is gone
        months.Points[1].Is("personnel_share", null);
        var december = await _app.CreateClient().RangeAsync("budget", "2024-12-01", "2024-12-31");
        december.Is("spent", 5_000);                     // the late payment, re-dated into 2024

        await _app.RebuildAsync();

        Assert.Equal(incremental, await _app.DigestAsync(Aggregates));
    }
}
