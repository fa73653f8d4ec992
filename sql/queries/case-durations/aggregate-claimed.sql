-- Recompute the duration histograms of the claimed cells (aggregation/claim-touched.sql). A claimed cell's day is
-- a filing or disposition day of a changed case (its old and new values alike); durations belong to the
-- disposition month, so each (court, category, month of that day) histogram is recomputed from the cases
-- disposed in it (index cases_disposed_cell). This covers new cases, reopenings (disposed_on cleared),
-- corrected or withdrawn disposition dates, moved or deleted cases: each marks its old and new days.
-- The national rollup changes by the difference between the new and the old histograms of those cells.
CREATE TEMP TABLE duration_cells ON COMMIT DROP AS
SELECT DISTINCT court_id, category_id, date_trunc('month', day)::date AS month FROM claimed_cells;

CREATE TEMP TABLE duration_fresh ON COMMIT DROP AS
SELECT c.court_id, c.category_id, c.month, k.disposed_on - k.filed_on AS days, count(*)::int AS cases
FROM duration_cells c
JOIN cases k ON k.court_id = c.court_id AND k.category_id = c.category_id
            AND k.disposed_on >= c.month AND k.disposed_on < (c.month + interval '1 month')::date
GROUP BY c.court_id, c.category_id, c.month, k.disposed_on - k.filed_on;

-- New national counts of every (month, category, days) bin whose count changes — category 0 being all
-- categories: old + (new − old of the recomputed cells).
CREATE TEMP TABLE duration_national_changes ON COMMIT DROP AS
WITH difference AS (
    SELECT month, category_id, days, sum(cases) AS change
    FROM (SELECT month, category_id, days, cases FROM duration_fresh
          UNION ALL
          SELECT m.month, m.category_id, m.days, -m.cases
          FROM case_duration_monthly m
          JOIN duration_cells c USING (court_id, category_id, month)) both_sides
    GROUP BY month, category_id, days
    HAVING sum(cases) <> 0
), with_all AS (
    SELECT month, category_id, days, change FROM difference
    UNION ALL
    SELECT month, 0::smallint, days, sum(change) FROM difference GROUP BY month, days HAVING sum(change) <> 0
)
SELECT d.month, d.category_id, d.days, (coalesce(n.cases, 0) + d.change)::int AS cases
FROM with_all d
LEFT JOIN case_duration_national_monthly n USING (month, category_id, days);

DELETE FROM case_duration_monthly m
USING duration_cells c
WHERE m.court_id = c.court_id AND m.category_id = c.category_id AND m.month = c.month;

INSERT INTO case_duration_monthly (court_id, category_id, month, days, cases)
SELECT court_id, category_id, month, days, cases FROM duration_fresh;

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
