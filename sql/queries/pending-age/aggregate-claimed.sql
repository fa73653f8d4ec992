-- Apply the spans the cases triggers recorded (pending_deltas, 0033): each removed or added span's changes
-- (cm_pending_age_events) are added to the daily and monthly tables, and cells that fall to zero are removed —
-- new filings and dispositions, corrected dates, reopenings, moves and deletions alike, at the cost of the cases
-- changed. Runs after the other families: it may add courts to claimed_cells for the data version.

-- Categories whose longest time standard changed since their backlog changes were counted: their backlog column
-- is counted again from their cases with the new age, and their courts get a new data version.
CREATE TEMP TABLE backlog_restated ON COMMIT DROP AS
SELECT coalesce(n.category_id, o.category_id) AS category_id, n.from_age
FROM cm_backlog_from() n FULL JOIN pending_age_backlog_from o USING (category_id)
WHERE n.from_age IS DISTINCT FROM o.from_age;
ANALYZE backlog_restated;
-- Each statement below that reads cases or whole tables for it is gated on a restatement (a one-time filter): on
-- every other run none of them scans anything.

UPDATE pending_age_daily SET backlog = 0 WHERE EXISTS (SELECT FROM backlog_restated) AND category_id IN (SELECT category_id FROM backlog_restated);
UPDATE pending_age_monthly SET backlog = 0 WHERE EXISTS (SELECT FROM backlog_restated) AND category_id IN (SELECT category_id FROM backlog_restated);
DELETE FROM pending_age_backlog_from WHERE category_id IN (SELECT category_id FROM backlog_restated);
INSERT INTO pending_age_backlog_from SELECT category_id, from_age FROM backlog_restated WHERE from_age IS NOT NULL;
INSERT INTO claimed_cells (court_id, category_id, day)
SELECT DISTINCT k.court_id, k.category_id, NULL::date
FROM cases k JOIN backlog_restated r USING (category_id)
WHERE EXISTS (SELECT FROM backlog_restated);

CREATE TEMP TABLE pending_age_changes ON COMMIT DROP AS
WITH taken AS (
    DELETE FROM pending_deltas RETURNING court_id, category_id, filed_on, disposed_on, change
), spans AS (
    SELECT court_id, category_id, filed_on, disposed_on, sum(change)::int AS cases
    FROM taken GROUP BY court_id, category_id, filed_on, disposed_on HAVING sum(change) <> 0
), events AS (
    SELECT s.court_id, s.category_id, e.day, e.slot, e.cases
    FROM spans s
    LEFT JOIN pending_age_backlog_from b USING (category_id)
    CROSS JOIN LATERAL cm_pending_age_events(s.filed_on, s.disposed_on, b.from_age, s.cases) e
    -- a restated category's backlog is counted whole below, from the cases as they are now
    WHERE NOT (e.slot = 5 AND s.category_id IN (SELECT category_id FROM backlog_restated))
    UNION ALL
    SELECT k.court_id, k.category_id, e.day, e.slot, e.cases
    FROM cases k
    JOIN backlog_restated r USING (category_id)
    CROSS JOIN LATERAL cm_pending_age_events(k.filed_on, k.disposed_on, r.from_age, 1) e
    WHERE e.slot = 5 AND EXISTS (SELECT FROM backlog_restated)
)
SELECT court_id, category_id, day,
       coalesce(sum(cases) FILTER (WHERE slot = 0), 0)::int AS from_0,
       coalesce(sum(cases) FILTER (WHERE slot = 1), 0)::int AS from_91,
       coalesce(sum(cases) FILTER (WHERE slot = 2), 0)::int AS from_181,
       coalesce(sum(cases) FILTER (WHERE slot = 3), 0)::int AS from_366,
       coalesce(sum(cases) FILTER (WHERE slot = 4), 0)::int AS from_541,
       coalesce(sum(cases) FILTER (WHERE slot = 5), 0)::int AS backlog
FROM events
GROUP BY court_id, category_id, day
-- spans that replace each other (a case decided: open → decided) cancel on most days
HAVING (coalesce(sum(cases) FILTER (WHERE slot = 0), 0), coalesce(sum(cases) FILTER (WHERE slot = 1), 0),
        coalesce(sum(cases) FILTER (WHERE slot = 2), 0), coalesce(sum(cases) FILTER (WHERE slot = 3), 0),
        coalesce(sum(cases) FILTER (WHERE slot = 4), 0), coalesce(sum(cases) FILTER (WHERE slot = 5), 0))
       <> (0, 0, 0, 0, 0, 0);
-- The nation (court 0, migration 0033) moves by the same changes.
INSERT INTO pending_age_changes
SELECT 0, category_id, day, sum(from_0), sum(from_91), sum(from_181), sum(from_366), sum(from_541), sum(backlog)
FROM pending_age_changes GROUP BY category_id, day;
ANALYZE pending_age_changes;

-- One statement per table, as case-flow/aggregate-claimed.sql: new values from the statement's snapshot, then
-- emptied rows deleted and the others upserted (disjoint rows).
WITH day_values AS (
    SELECT c.court_id, c.category_id, c.day,
           coalesce(d.from_0, 0) + c.from_0 AS from_0, coalesce(d.from_91, 0) + c.from_91 AS from_91,
           coalesce(d.from_181, 0) + c.from_181 AS from_181, coalesce(d.from_366, 0) + c.from_366 AS from_366,
           coalesce(d.from_541, 0) + c.from_541 AS from_541, coalesce(d.backlog, 0) + c.backlog AS backlog
    FROM pending_age_changes c
    LEFT JOIN pending_age_daily d USING (court_id, category_id, day)
), emptied AS (
    DELETE FROM pending_age_daily d
    USING day_values v
    WHERE d.court_id = v.court_id AND d.category_id = v.category_id AND d.day = v.day
      AND (v.from_0, v.from_91, v.from_181, v.from_366, v.from_541, v.backlog) = (0, 0, 0, 0, 0, 0)
)
INSERT INTO pending_age_daily
SELECT * FROM day_values WHERE (from_0, from_91, from_181, from_366, from_541, backlog) <> (0, 0, 0, 0, 0, 0)
ON CONFLICT (court_id, category_id, day) DO UPDATE
SET from_0 = excluded.from_0, from_91 = excluded.from_91, from_181 = excluded.from_181,
    from_366 = excluded.from_366, from_541 = excluded.from_541, backlog = excluded.backlog;

WITH month_values AS (
    SELECT c.court_id, c.category_id, c.month,
           coalesce(m.from_0, 0) + c.from_0 AS from_0, coalesce(m.from_91, 0) + c.from_91 AS from_91,
           coalesce(m.from_181, 0) + c.from_181 AS from_181, coalesce(m.from_366, 0) + c.from_366 AS from_366,
           coalesce(m.from_541, 0) + c.from_541 AS from_541, coalesce(m.backlog, 0) + c.backlog AS backlog
    FROM (SELECT court_id, category_id, date_trunc('month', day::timestamp)::date AS month, sum(from_0)::int AS from_0,
                 sum(from_91)::int AS from_91, sum(from_181)::int AS from_181, sum(from_366)::int AS from_366,
                 sum(from_541)::int AS from_541, sum(backlog)::int AS backlog
          FROM pending_age_changes GROUP BY court_id, category_id, date_trunc('month', day::timestamp)) c
    LEFT JOIN pending_age_monthly m USING (court_id, category_id, month)
), emptied AS (
    DELETE FROM pending_age_monthly m
    USING month_values v
    WHERE m.court_id = v.court_id AND m.category_id = v.category_id AND m.month = v.month
      AND (v.from_0, v.from_91, v.from_181, v.from_366, v.from_541, v.backlog) = (0, 0, 0, 0, 0, 0)
)
INSERT INTO pending_age_monthly
SELECT * FROM month_values WHERE (from_0, from_91, from_181, from_366, from_541, backlog) <> (0, 0, 0, 0, 0, 0)
ON CONFLICT (court_id, category_id, month) DO UPDATE
SET from_0 = excluded.from_0, from_91 = excluded.from_91, from_181 = excluded.from_181,
    from_366 = excluded.from_366, from_541 = excluded.from_541, backlog = excluded.backlog;

-- Rows the restatement emptied.
DELETE FROM pending_age_daily WHERE EXISTS (SELECT FROM backlog_restated) AND category_id IN (SELECT category_id FROM backlog_restated)
    AND (from_0, from_91, from_181, from_366, from_541, backlog) = (0, 0, 0, 0, 0, 0);
DELETE FROM pending_age_monthly WHERE EXISTS (SELECT FROM backlog_restated) AND category_id IN (SELECT category_id FROM backlog_restated)
    AND (from_0, from_91, from_181, from_366, from_541, backlog) = (0, 0, 0, 0, 0, 0);
