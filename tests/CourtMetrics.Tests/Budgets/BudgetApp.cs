using CourtMetrics.Tests.DigitalAccess;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Budgets;

/// <summary>
/// The app on hand-made budget facts on CourtSystemFixture (courts 11 North district 600k, 12 North regional 1M, 21 South
/// district 500k inhabitants; the nation 1.5M):
///   economy   2024: GDP 900 M, state budget 180 M; 2025: GDP 1,000 M, state budget 200 M; floor 1 % both years
///             → legal minimum 1.8 M (2024), 2 M (2025); 2026: a national GDP of 120 trillion, state budget 20 trillion
///             (court 21 personnel 365,000 allocated, nothing spent)
///   allocated 2025: court 11 personnel 730,000 + operations 365,000; court 21 personnel 365,000;
///             court 12 technology 730,000 → 2,190,000 = 6,000 a day. 2024 (366 days): court 11 366,000 = 1,000 a day
///   spent     court 11: personnel 50,000 on 2025-03-25, operations 20,000 on 03-10, personnel 40,000 on 04-25,
///             operations 5,000 of fiscal 2024 booked late on 2025-01-15; court 21: personnel 30,000 on 03-25;
///             court 12: technology 10,000 on 03-05
///   resolved  court 11 civil on 2025-03-05, 03-21, 03-31; court 21 criminal on 03-18
/// </summary>
public sealed class BudgetApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await CourtSystemFixture.AddCasesAsync(DataSource,
            ("R1", 11, 1, "2025-02-01", "2025-03-05"), ("R2", 11, 1, "2025-02-02", "2025-03-21"),
            ("R3", 11, 1, "2025-02-03", "2025-03-31"), ("R4", 21, 2, "2025-02-04", "2025-03-18"));
        await this.ExecuteAsync("""
            INSERT INTO national_economy (year, gdp, state_budget) VALUES (2024, 900e6, 180e6), (2025, 1000e6, 200e6), (2026, 120e12, 20e12);
            INSERT INTO budget_floor (year, share_of_state_budget, legal_basis) VALUES (2024, 0.01, 'test law'), (2025, 0.01, 'test law'), (2026, 0.01, 'test law');
            INSERT INTO budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on) VALUES
                ('fixture', 'A11p', 11, 2025, 'personnel',  730000, 0, '2025-01-01'),
                ('fixture', 'A11o', 11, 2025, 'operations', 365000, 0, '2025-01-01'),
                ('fixture', 'A21p', 21, 2025, 'personnel',  365000, 0, '2025-01-01'),
                ('fixture', 'A12t', 12, 2025, 'technology', 730000, 0, '2025-01-01'),
                ('fixture', 'A11-2024', 11, 2024, 'personnel', 366000, 0, '2024-01-01'),
                ('fixture', 'A21p-2026', 21, 2026, 'personnel', 365000, 0, '2026-01-01'),
                ('fixture', 'S11-03p', 11, 2025, 'personnel',  0, 50000, '2025-03-25'),
                ('fixture', 'S11-03o', 11, 2025, 'operations', 0, 20000, '2025-03-10'),
                ('fixture', 'S11-04p', 11, 2025, 'personnel',  0, 40000, '2025-04-25'),
                ('fixture', 'S11-late', 11, 2024, 'operations', 0, 5000, '2025-01-15'),
                ('fixture', 'S21-03p', 21, 2025, 'personnel',  0, 30000, '2025-03-25'),
                ('fixture', 'S12-03t', 12, 2025, 'technology', 0, 10000, '2025-03-05');
            """);
        await AggregateAsync();
    }
}
