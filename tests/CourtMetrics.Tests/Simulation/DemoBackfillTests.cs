using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Simulation;

public sealed class DemoBackfillTests
{
    [Fact]
    public async Task An_empty_database_gets_a_court_system_at_three_levels_with_categories_and_model_time_standards()
    {
        var (db, result) = await DemoDatabase.SeededAsync();

        Assert.NotNull(result);
        Assert.Equal(2, await db.ScalarAsync<int>("SELECT count(*) FROM regions"));
        await using var connection = await db.OpenConnectionAsync();
        var levels = (await connection.QueryAsync<(string Level, int Courts)>(
            "SELECT level, count(*)::int FROM courts GROUP BY level ORDER BY level")).ToList();
        Assert.Equal([("district", 4), ("regional", 2), ("supreme", 1)], levels);
        Assert.True(await db.ScalarAsync<int>("SELECT count(*) FROM case_categories") >= 5);
        var civil = (await connection.QueryAsync<(int Days, decimal Share)>("""
            SELECT within_days, target_share FROM time_standards JOIN case_categories c ON c.id = category_id
            WHERE c.code = 'civil' ORDER BY within_days
            """)).ToList();
        Assert.Equal([(180, 0.75m), (365, 0.90m), (540, 0.98m)], civil);
        var criminal = await connection.QueryAsync<int>("""
            SELECT within_days FROM time_standards JOIN case_categories c ON c.id = category_id
            WHERE c.code = 'criminal' ORDER BY within_days
            """);
        Assert.Equal([90, 180, 365], criminal);
    }

    [Fact]
    public async Task The_demo_writes_its_country_as_an_administrator_would_with_every_name_in_three_languages()
    {
        var (db, _) = await DemoDatabase.SeededAsync();

        Assert.Equal(0, await db.ScalarAsync<long>("""
            SELECT (SELECT count(*) FROM courts WHERE NOT names ?& '{en,kk,ru}') + (SELECT count(*) FROM regions WHERE NOT names ?& '{en,kk,ru}')
                 + (SELECT count(*) FROM case_categories WHERE NOT names ?& '{en,kk,ru}') + (SELECT count(*) FROM court_levels WHERE NOT names ?& '{en,kk,ru}')
            """));
        Assert.Equal("Алматы қаласының №1 аудандық соты", await db.ScalarAsync<string>("SELECT names ->> 'kk' FROM courts WHERE code = 'ALA-01'"));
        Assert.Equal("Областной суд Туркестанской области", await db.ScalarAsync<string>("SELECT names ->> 'ru' FROM courts WHERE code = 'TUR-R'"));
        Assert.Equal("ALA-R", await db.ScalarAsync<string>("SELECT p.code FROM courts c JOIN courts p ON p.id = c.parent_id WHERE c.code = 'ALA-01'"));
        Assert.Equal("KZT", await db.ScalarAsync<string>("SELECT currency FROM court_system_settings"));
        // The history's years (its budgets') all have the economy and the floor the budget measures need.
        Assert.Equal(0, await db.ScalarAsync<long>("""
            SELECT count(*) FROM generate_series((SELECT min(fiscal_year)::int FROM budget_lines), @Year) y
            WHERE NOT EXISTS (SELECT 1 FROM national_economy WHERE year = y) OR NOT EXISTS (SELECT 1 FROM budget_floor WHERE year = y)
            """, new { DemoDatabase.Today.Year }));
    }

    [Fact]
    public async Task The_history_spans_the_configured_years_up_to_today_with_decisions_after_filing_and_cases_still_pending()
    {
        var (db, result) = await DemoDatabase.SeededAsync();

        Assert.Equal(result!.Cases, await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE source_system = 'demo'"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE disposed_on < filed_on OR disposed_on > @Today OR filed_on > @Today",
            new { DemoDatabase.Today }));
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE disposed_on IS NULL") > 100);
        Assert.True(await db.ScalarAsync<DateOnly>("SELECT min(filed_on) FROM cases")
                    <= DemoDatabase.Today.AddYears(-3));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE disposed_on < @From",
            new { From = DemoDatabase.Today.AddYears(-3) }));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM hearings h JOIN cases c ON c.id = h.case_id WHERE h.held_on < c.filed_on"));
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM budget_lines WHERE allocated > 0") > 0);
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM portal_use") > 0);
        Assert.Equal(await db.ScalarAsync<long>("SELECT count(*) FROM cases"),
            await db.ScalarAsync<long>("SELECT sum(incoming) FROM case_flow_daily WHERE court_id > 0"));
    }

    [Fact]
    public async Task The_reform_shows_more_e_filing_and_video_hearings_at_the_end_and_no_extraterritorial_filing_at_the_start()
    {
        var (db, _) = await DemoDatabase.SeededAsync();
        var p = new { First = DemoDatabase.Today.AddYears(-3).AddMonths(6), Last = DemoDatabase.Today.AddMonths(-6) };

        var eFilingFirst = await db.ScalarAsync<double>("SELECT avg((filing_channel = 'electronic')::int) FROM cases WHERE filed_on < @First", p);
        var eFilingLast = await db.ScalarAsync<double>("SELECT avg((filing_channel = 'electronic')::int) FROM cases WHERE filed_on >= @Last", p);
        Assert.InRange(eFilingFirst, 0.05, 0.30);
        Assert.InRange(eFilingLast, 0.70, 0.95);
        Assert.True(await db.ScalarAsync<double>("SELECT avg((mode = 'video')::int) FROM hearings WHERE held_on >= @Last", p)
                    > 3 * await db.ScalarAsync<double>("SELECT avg((mode = 'video')::int) FROM hearings WHERE held_on < @First", p));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE extraterritorial AND filed_on < @First", p));
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM cases WHERE extraterritorial AND filed_on >= @Last", p) > 0);
    }

    [Fact]
    public async Task Judgments_go_online_more_often_after_the_reform_a_few_days_after_the_decision()
    {
        var (db, _) = await DemoDatabase.SeededAsync();
        var p = new { First = DemoDatabase.Today.AddYears(-3).AddMonths(6), Last = DemoDatabase.Today.AddMonths(-6), DemoDatabase.Today };
        const string share = "SELECT avg((judgment_published_on IS NOT NULL)::int) FROM cases WHERE disposed_on IS NOT NULL";

        Assert.InRange(await db.ScalarAsync<double>($"{share} AND disposed_on < @First", p), 0.15, 0.40);
        Assert.InRange(await db.ScalarAsync<double>($"{share} AND disposed_on >= @Last AND disposed_on < @Today - 30", p), 0.85, 1.0);
        Assert.Equal(0, await db.ScalarAsync<long>("""
            SELECT count(*) FROM cases WHERE judgment_published_on IS NOT NULL
              AND (disposed_on IS NULL OR judgment_published_on < disposed_on OR judgment_published_on > @Today)
            """, p));
    }

    [Fact]
    public async Task The_country_has_gdp_and_a_budget_floor_that_the_courts_allocations_meet_and_spend_through_each_year()
    {
        var (db, _) = await DemoDatabase.SeededAsync();
        var lastYear = (short)(DemoDatabase.Today.Year - 1);

        var gdp = await db.ScalarAsync<decimal[]>("SELECT array_agg(gdp ORDER BY year) FROM national_economy");
        Assert.Equal(DemoDatabase.Today.Year - DemoDatabase.Today.AddYears(-3).Year + 1, gdp.Length);   // every year of the history
        Assert.True(gdp.Zip(gdp.Skip(1)).All(g => g.Second > g.First), "GDP grows");
        Assert.Equal(gdp.Length, await db.ScalarAsync<long>("SELECT count(*) FROM budget_floor"));
        // The nation's allocation ÷ legal minimum: met, with some room, as the budget measures compute it.
        Assert.InRange(await db.ScalarAsync<double>("""
            SELECT cm_budget_floor_compliance(sum(a.allocated), cm_budget_floor(e.state_budget, f.share_of_state_budget))::float8
            FROM budget_allocated_yearly a JOIN national_economy e ON e.year = a.fiscal_year JOIN budget_floor f ON f.year = a.fiscal_year
            WHERE a.fiscal_year = @lastYear GROUP BY e.state_budget, f.share_of_state_budget
            """, new { lastYear }), 1.0, 1.6);
        // Every court spends in every month of a past year, and about what it was allocated.
        Assert.Equal(0, await db.ScalarAsync<long>("""
            SELECT count(*) FROM courts c
            WHERE (SELECT count(*) FROM budget_monthly m WHERE m.court_id = c.id AND extract(year FROM month) = @lastYear) <> 12
            """, new { lastYear }));
        Assert.InRange(await db.ScalarAsync<double>("""
            SELECT (SELECT sum(spent) FROM budget_monthly WHERE court_id > 0 AND extract(year FROM month) = @lastYear)::float8
                   / (SELECT sum(allocated) FROM budget_allocated_yearly WHERE fiscal_year = @lastYear)::float8
            """, new { lastYear }), 0.88, 1.02);
    }

    [Fact]
    public async Task Filings_dip_in_January_and_in_the_summer_recess()
    {
        var (db, _) = await DemoDatabase.SeededAsync(DemoDatabase.Small with { CasesPerCourtPerYear = 1500 });

        var perMonth = await db.ScalarAsync<double[]>("""
            SELECT array_agg(n ORDER BY m) FROM (
              SELECT extract(month FROM filed_on)::int AS m, count(*)::float8 / count(DISTINCT date_trunc('month', filed_on)) AS n
              FROM cases WHERE filed_on >= @From GROUP BY 1) x
            """, new { From = DemoDatabase.Today.AddYears(-3) });
        var october = perMonth[9];
        Assert.True(perMonth[0] < 0.8 * october, "January");
        Assert.True(perMonth[6] < 0.8 * october && perMonth[7] < 0.8 * october, "July and August");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_different_data()
    {
        var (first, _) = await DemoDatabase.SeededAsync();
        var (second, _) = await DemoDatabase.SeededAsync();
        var (other, _) = await DemoDatabase.SeededAsync(DemoDatabase.Small with { Seed = 7 });

        Assert.Equal(await first.DigestAsync(), await second.DigestAsync());
        Assert.NotEqual(await first.DigestAsync(), await other.DigestAsync());
    }

    [Fact]
    public async Task A_database_that_already_has_courts_is_never_backfilled()
    {
        var db = await DemoDatabase.MigratedAsync();
        await CourtSystemFixture.SeedAsync(db);

        var result = await DemoDatabase.Backfill(db).SeedIfEmptyAsync(DemoDatabase.Small, DemoDatabase.Today, CancellationToken.None);

        Assert.Null(result);
        Assert.Equal(3, await db.ScalarAsync<long>("SELECT count(*) FROM courts"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM cases"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM simulation_state"));
        Assert.Equal(DatabaseKind.RealData, (await DemoDatabase.Backfill(db).StateAsync(CancellationToken.None)).Kind);
    }
}
