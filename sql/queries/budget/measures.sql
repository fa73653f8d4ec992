-- Budget measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs). Budgets have no
-- case category: the category parameter is ignored, and cost per resolved case counts cases of all categories.
-- Spending belongs to the day it was booked (whole months from budget_monthly, other days from budget_daily);
-- yearly amounts (allocations by fiscal year = calendar year, GDP, state budget) are spread evenly over their
-- year's days, so a month gets 31/365 of its year and a whole year exactly its figure.
WITH scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), whole_months AS (
    SELECT month FROM cm_whole_months(@granularity::text, @from::date, @to::date)
), flows AS (
    SELECT m.month AS day, m.spent, m.personnel_spent, 0 AS resolved
    FROM budget_monthly m JOIN scope s USING (court_id) JOIN whole_months w USING (month)
    UNION ALL
    SELECT d.day, d.spent, d.personnel_spent, 0
    FROM budget_daily d JOIN scope s USING (court_id)
    WHERE d.day BETWEEN @from::date AND @to::date AND date_trunc('month', d.day)::date NOT IN (SELECT month FROM whole_months)
    UNION ALL
    SELECT m.month, 0, 0, m.resolved
    FROM case_flow_monthly m JOIN scope s USING (court_id) JOIN whole_months w USING (month)
    UNION ALL
    SELECT d.day, 0, 0, d.resolved
    FROM case_flow_daily d JOIN scope s USING (court_id)
    WHERE d.day BETWEEN @from::date AND @to::date AND date_trunc('month', d.day)::date NOT IN (SELECT month FROM whole_months)
), periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), per_period AS (
    SELECT p.period_start, p.period_end,
           coalesce(sum(f.spent), 0) AS spent,
           coalesce(sum(f.personnel_spent), 0) AS personnel_spent,
           coalesce(sum(f.resolved), 0) AS resolved
    FROM periods p LEFT JOIN flows f ON f.day BETWEEN p.period_start AND p.period_end
    GROUP BY p.period_start, p.period_end
), scope_allocations AS (
    SELECT a.fiscal_year, sum(a.allocated) AS allocated
    FROM budget_allocated_yearly a JOIN scope s USING (court_id)
    GROUP BY a.fiscal_year
), yearly AS (
    -- A figure missing for any year of the period leaves the period's GDP or floor unknown (NULL), not smaller.
    SELECT p.period_start,
           sum(y.fraction * coalesce(a.allocated, 0)) AS allocated,
           CASE WHEN bool_and(e.gdp IS NOT NULL) THEN sum(y.fraction * e.gdp) END AS gdp,
           CASE WHEN bool_and(e.state_budget IS NOT NULL AND f.share_of_state_budget IS NOT NULL)
                THEN sum(y.fraction * cm_budget_floor(e.state_budget, f.share_of_state_budget)) END AS legal_minimum
    FROM periods p
    CROSS JOIN LATERAL (
        SELECT year, cm_year_fraction(year, p.period_start, p.period_end) AS fraction
        FROM generate_series(extract(year FROM p.period_start)::int, extract(year FROM p.period_end)::int) AS year) y
    LEFT JOIN scope_allocations a ON a.fiscal_year = y.year
    LEFT JOIN national_economy e ON e.year = y.year
    LEFT JOIN budget_floor f ON f.year = y.year
    GROUP BY p.period_start
)
SELECT b.period_start, b.period_end,
       round(y.allocated, 2)::float8 AS allocated,
       b.spent::float8 AS spent,
       cm_budget_execution(b.spent, y.allocated)::float8 AS budget_execution,
       cm_cost_per_resolved_case(b.spent, b.resolved)::float8 AS cost_per_resolved_case,
       cm_spending_per_inhabitant(b.spent, cm_scope_population(@courtIds::int[], @regionId::smallint))::float8 AS spending_per_inhabitant,
       cm_spending_share_of_gdp(b.spent, y.gdp)::float8 AS spending_share_of_gdp,
       cm_ratio(b.personnel_spent, b.spent)::float8 AS personnel_share,
       -- The floor binds the judiciary as a whole: a part of it has no floor of its own.
       CASE WHEN @courtIds::int[] IS NULL AND @regionId::smallint IS NULL
            THEN cm_budget_floor_compliance(y.allocated, y.legal_minimum)::float8 END
           AS budget_floor_compliance
FROM per_period b JOIN yearly y USING (period_start)
ORDER BY b.period_start;
