-- Apply the histogram changes the cases triggers recorded (duration_deltas, 0005): a case leaves its old bin and
-- enters its new one, so new dispositions, reopenings (disposed_on cleared), corrected or withdrawn dates, moved
-- and deleted cases are all covered, and the work is proportional to the cases changed. Deltas committed after
-- this statement's snapshot stay for the next run. The national rollup moves by the same differences.
CREATE TEMP TABLE duration_changes ON COMMIT DROP AS
WITH taken AS (
    DELETE FROM duration_deltas RETURNING court_id, category_id, month, days, change
), difference AS (
    SELECT court_id, category_id, month, days, sum(change)::int AS change
    FROM taken GROUP BY court_id, category_id, month, days HAVING sum(change) <> 0
)
SELECT d.court_id, d.category_id, d.month, d.days, coalesce(m.cases, 0) + d.change AS cases, d.change
FROM difference d
LEFT JOIN case_duration_monthly m USING (court_id, category_id, month, days);
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

-- Running counts and sums of the changed (month, category) histograms, from the shortest changed duration up:
-- the bins below it keep theirs, and the last of them gives the starting point.
WITH changed AS (
    SELECT month, category_id, min(days) AS from_days FROM duration_national_changes GROUP BY month, category_id
), base AS (
    SELECT c.month, c.category_id, c.from_days, coalesce(below.cum, 0) AS cum, coalesce(below.cum_days, 0) AS cum_days
    FROM changed c
    LEFT JOIN LATERAL (SELECT n.cum, n.cum_days FROM case_duration_national_monthly n
                       WHERE n.month = c.month AND n.category_id = c.category_id AND n.days < c.from_days
                       ORDER BY n.days DESC LIMIT 1) below ON true
)
UPDATE case_duration_national_monthly n
SET cum = r.cum, cum_days = r.cum_days
FROM (SELECT n.month, n.category_id, n.days,
             b.cum + sum(n.cases) OVER w AS cum, b.cum_days + sum(n.days::bigint * n.cases) OVER w AS cum_days
      FROM case_duration_national_monthly n
      JOIN base b ON b.month = n.month AND b.category_id = n.category_id AND n.days >= b.from_days
      WINDOW w AS (PARTITION BY n.month, n.category_id ORDER BY n.days)) r
WHERE n.month = r.month AND n.category_id = r.category_id AND n.days = r.days
  AND (n.cum, n.cum_days) IS DISTINCT FROM (r.cum, r.cum_days);
