-- Budget measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs). Budgets have no
-- case category: the category parameter is ignored, and cost per resolved case counts cases of all categories.
-- Spending belongs to the day it was booked (whole months from budget_monthly, other days from budget_daily);
-- yearly amounts (allocations by fiscal year = calendar year, GDP, state budget) are spread evenly over their
-- year's days, so a month gets 31/365 of its year and a whole year exactly its figure.
-- Reported spending (reported_statistics.spending) takes precedence over a court's budget spending for the days
-- its report covers, and counts in a period only whole: a report straddling a period leaves the period's spending
-- unknown. Population and GDP are the scope's in the period's year (court system figures by year) where known,
-- else the population now and the nation's GDP.
WITH scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), reports AS (
    SELECT r.court_id, r.period_start, r.period_end, r.spending
    FROM reported_statistics r JOIN scope s USING (court_id)
    WHERE r.spending IS NOT NULL AND r.period_end >= @from::date AND r.period_start <= @to::date
), rows_of AS (
    -- the nation's own rows (court 0) when no report bears on it (migration 0035), else the scope's courts
    SELECT court_id FROM cm_rows_of(@courtIds::int[], @regionId::smallint, EXISTS (SELECT FROM reports))
), flow_rows_of AS (
    -- resolved cases count whatever the reports (cost per resolved case)
    SELECT court_id FROM cm_rows_of(@courtIds::int[], @regionId::smallint, false)
), whole_months AS (
    SELECT month FROM cm_whole_months(@granularity::text, @from::date, @to::date)
), flows AS (
    -- whole months and the other days court by court through the primary key (OFFSET 0 keeps each probe a probe)
    SELECT m.month AS day, m.spent, m.personnel_spent, 0 AS resolved
    FROM rows_of s
    CROSS JOIN (SELECT min(month) AS first_month, max(month) AS last_month FROM whole_months) w
    CROSS JOIN LATERAL (SELECT m.month, m.spent, m.personnel_spent FROM budget_monthly m
                        WHERE m.court_id = s.court_id AND m.month BETWEEN w.first_month AND w.last_month OFFSET 0) m
    WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.court_id = s.court_id AND m.month BETWEEN r.period_start AND r.period_end)
    UNION ALL
    SELECT d.day, d.spent, d.personnel_spent, 0
    FROM rows_of s CROSS JOIN cm_partial_spans(@granularity::text, @from::date, @to::date) p
    CROSS JOIN LATERAL (SELECT d.day, d.spent, d.personnel_spent FROM budget_daily d
                        WHERE d.court_id = s.court_id AND d.day BETWEEN p.first_day AND p.last_day OFFSET 0) d
    WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.court_id = s.court_id AND d.day BETWEEN r.period_start AND r.period_end)
    UNION ALL
    SELECT m.month, 0, 0, m.resolved
    FROM flow_rows_of s CROSS JOIN case_categories k
    CROSS JOIN (SELECT min(month) AS first_month, max(month) AS last_month FROM whole_months) w
    CROSS JOIN LATERAL (SELECT m.month, m.resolved FROM case_flow_monthly m
                        WHERE m.court_id = s.court_id AND m.category_id = k.id
                          AND m.month BETWEEN w.first_month AND w.last_month OFFSET 0) m
    UNION ALL
    SELECT d.day, 0, 0, d.resolved
    FROM flow_rows_of s CROSS JOIN case_categories k CROSS JOIN cm_partial_spans(@granularity::text, @from::date, @to::date) p
    CROSS JOIN LATERAL (SELECT d.day, d.resolved FROM case_flow_daily d
                        WHERE d.court_id = s.court_id AND d.category_id = k.id AND d.day BETWEEN p.first_day AND p.last_day
                        OFFSET 0) d
), periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), per_period AS (
    SELECT p.period_start, p.period_end,
           coalesce(sum(f.spent), 0) AS spent,
           coalesce(sum(f.personnel_spent), 0) AS personnel_spent,
           coalesce(sum(f.resolved), 0) AS resolved
    -- each flow straight to its period (a hash aggregate, not a comparison with every period)
    FROM periods p LEFT JOIN flows f ON cm_period_start(@granularity::text, f.day, @from::date) = p.period_start
    GROUP BY p.period_start, p.period_end
), reported AS (
    SELECT p.period_start,
           sum(r.spending) FILTER (WHERE r.period_start >= p.period_start AND r.period_end <= p.period_end) AS spent,
           bool_or(r.period_start < p.period_start OR r.period_end > p.period_end) AS split
    FROM periods p JOIN reports r ON r.period_start <= p.period_end AND r.period_end >= p.period_start
    GROUP BY p.period_start
), spending AS (
    SELECT b.period_start, b.period_end,
           CASE WHEN coalesce(x.split, false) THEN NULL ELSE b.spent + coalesce(x.spent, 0) END AS spent,
           b.personnel_spent, b.resolved,
           -- the scope's own figures of the period's year, where the court system gives them
           cm_scope_figure_in(@courtIds::int[], @regionId::smallint, extract(year FROM b.period_start)::int, 'population') AS population,
           CASE WHEN extract(year FROM b.period_start) = extract(year FROM b.period_end)
                THEN cm_scope_figure_in(@courtIds::int[], @regionId::smallint, extract(year FROM b.period_start)::int, 'gdp')
                     * cm_year_fraction(extract(year FROM b.period_start)::int, b.period_start, b.period_end) END AS own_gdp
    FROM per_period b LEFT JOIN reported x USING (period_start)
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
       cm_spending_per_inhabitant(b.spent, coalesce(b.population, cm_scope_population(@courtIds::int[], @regionId::smallint)))::float8 AS spending_per_inhabitant,
       cm_spending_share_of_gdp(b.spent, coalesce(b.own_gdp, y.gdp))::float8 AS spending_share_of_gdp,
       cm_ratio(b.personnel_spent, b.spent)::float8 AS personnel_share,
       -- The floor binds the judiciary as a whole: a part of it has no floor of its own.
       CASE WHEN @courtIds::int[] IS NULL AND @regionId::smallint IS NULL
            THEN cm_budget_floor_compliance(y.allocated, y.legal_minimum)::float8 END
           AS budget_floor_compliance
FROM spending b JOIN yearly y USING (period_start)
ORDER BY b.period_start;
