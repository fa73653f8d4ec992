-- Recompute the duration histograms of the claimed cells (aggregation/claim-touched.sql). A claimed cell's day is
-- a filing or disposition day of a changed case (its old and new values alike); durations belong to the
-- disposition month, so each (court, category, month of that day) histogram is recomputed from the cases
-- disposed in it (index cases_disposed_cell). This covers new cases, reopenings (disposed_on cleared),
-- corrected or withdrawn disposition dates, moved or deleted cases: each marks its old and new days.
-- Only the bins whose count changed are written (most claimed months are filing months of cases decided today:
-- their histograms do not change), and the national rollup moves by exactly those differences.
CREATE TEMP TABLE duration_cells ON COMMIT DROP AS
SELECT DISTINCT court_id, category_id, date_trunc('month', day)::date AS month FROM claimed_cells;
-- Statistics, so the planner probes the large tables by index for a few cells instead of scanning them.
ANALYZE duration_cells;

CREATE TEMP TABLE duration_changes ON COMMIT DROP AS
WITH fresh AS (
    SELECT c.court_id, c.category_id, c.month, k.disposed_on - k.filed_on AS days, count(*)::int AS cases
    FROM duration_cells c
    JOIN cases k ON k.court_id = c.court_id AND k.category_id = c.category_id
                AND k.disposed_on >= c.month AND k.disposed_on < (c.month + interval '1 month')::date
    GROUP BY c.court_id, c.category_id, c.month, k.disposed_on - k.filed_on
), stored AS (
    SELECT m.court_id, m.category_id, m.month, m.days, m.cases
    FROM duration_cells c
    JOIN case_duration_monthly m USING (court_id, category_id, month)
)
SELECT court_id, category_id, month, days, coalesce(f.cases, 0) AS cases, coalesce(f.cases, 0) - coalesce(s.cases, 0) AS change
FROM fresh f
FULL JOIN stored s USING (court_id, category_id, month, days)
WHERE f.cases IS DISTINCT FROM s.cases;
ANALYZE duration_changes;

DELETE FROM case_duration_monthly m
USING duration_changes d
WHERE m.court_id = d.court_id AND m.category_id = d.category_id AND m.month = d.month AND m.days = d.days
  AND d.cases = 0;

INSERT INTO case_duration_monthly (court_id, category_id, month, days, cases)
SELECT court_id, category_id, month, days, cases FROM duration_changes WHERE cases > 0
ON CONFLICT (court_id, category_id, month, days) DO UPDATE SET cases = excluded.cases;

-- New national counts of every (month, category, days) bin that changes — category 0 being all categories.
CREATE TEMP TABLE duration_national_changes ON COMMIT DROP AS
WITH difference AS (
    SELECT month, category_id, days, sum(change) AS change
    FROM duration_changes
    GROUP BY month, category_id, days
    HAVING sum(change) <> 0
), with_all AS (
    SELECT month, category_id, days, change FROM difference
    UNION ALL
    SELECT month, 0::smallint, days, sum(change) FROM difference GROUP BY month, days HAVING sum(change) <> 0
)
SELECT d.month, d.category_id, d.days, (coalesce(n.cases, 0) + d.change)::int AS cases
FROM with_all d
LEFT JOIN case_duration_national_monthly n USING (month, category_id, days);
ANALYZE duration_national_changes;

DELETE FROM case_duration_national_monthly n
USING duration_national_changes c
WHERE n.month = c.month AND n.category_id = c.category_id AND n.days = c.days AND c.cases = 0;

INSERT INTO case_duration_national_monthly (month, category_id, days, cases, cum, cum_days)
SELECT month, category_id, days, cases, 0, 0 FROM duration_national_changes WHERE cases > 0
ON CONFLICT (month, category_id, days) DO UPDATE SET cases = excluded.cases;

-- Running counts and sums of the changed (month, category) histograms.
UPDATE case_duration_national_monthly n
SET cum = r.cum, cum_days = r.cum_days
FROM (SELECT month, category_id, days,
             sum(cases) OVER w AS cum, sum(days::bigint * cases) OVER w AS cum_days
      FROM case_duration_national_monthly
      WHERE (month, category_id) IN (SELECT month, category_id FROM duration_national_changes)
      WINDOW w AS (PARTITION BY month, category_id ORDER BY days)) r
WHERE n.month = r.month AND n.category_id = r.category_id AND n.days = r.days
  AND (n.cum, n.cum_days) IS DISTINCT FROM (r.cum, r.cum_days);
