-- Full rebuild of the pending-age changes (migration 0033) from every case. Gives the same tables as the
-- incremental path (aggregate-claimed.sql): cases are grouped once per filing day — how many of them are still
-- pending on reaching each age — and once per disposition day — how many had reached it — and each count becomes
-- the change on its day (filing day + age, or the disposition day). Counting per case instead (one row per case
-- and age) was five times as many rows to group.
-- TRUNCATE locks pending_deltas first: writers wait for this commit, so no change is both in the rebuilt tables
-- and in a span recorded later.
TRUNCATE pending_deltas, pending_age_daily, pending_age_monthly, pending_age_backlog_from;
INSERT INTO pending_age_backlog_from SELECT category_id, from_age FROM cm_backlog_from();
ALTER TABLE pending_age_daily DROP CONSTRAINT pending_age_daily_pkey;

CREATE TEMP TABLE pending_age_changes ON COMMIT DROP AS
WITH cases_lasted AS (
    -- How long each case was pending (open: for ever), with its category's backlog age.
    SELECT k.court_id, k.category_id, k.filed_on, k.disposed_on,
           coalesce(k.disposed_on - k.filed_on, 2147483647) AS lasted, b.from_age AS backlog_from
    FROM cases k LEFT JOIN pending_age_backlog_from b USING (category_id)
), reached AS (
    SELECT court_id, category_id, filed_on, backlog_from,
           count(*) FILTER (WHERE lasted > 0) AS a0, count(*) FILTER (WHERE lasted > 91) AS a91,
           count(*) FILTER (WHERE lasted > 181) AS a181, count(*) FILTER (WHERE lasted > 366) AS a366,
           count(*) FILTER (WHERE lasted > 541) AS a541, count(*) FILTER (WHERE lasted > backlog_from) AS ab
    FROM cases_lasted WHERE lasted > 0
    GROUP BY court_id, category_id, filed_on, backlog_from
), left_at AS (
    SELECT court_id, category_id, disposed_on AS day,
           -count(*) AS from_0, -count(*) FILTER (WHERE lasted > 91) AS from_91,
           -count(*) FILTER (WHERE lasted > 181) AS from_181, -count(*) FILTER (WHERE lasted > 366) AS from_366,
           -count(*) FILTER (WHERE lasted > 541) AS from_541, -count(*) FILTER (WHERE lasted > backlog_from) AS backlog
    FROM cases_lasted WHERE disposed_on IS NOT NULL AND lasted > 0
    GROUP BY court_id, category_id, disposed_on
)
SELECT court_id, category_id, day, sum(from_0)::int AS from_0, sum(from_91)::int AS from_91,
       sum(from_181)::int AS from_181, sum(from_366)::int AS from_366, sum(from_541)::int AS from_541,
       sum(backlog)::int AS backlog
FROM (SELECT court_id, category_id, filed_on AS day, a0 AS from_0, 0 AS from_91, 0 AS from_181, 0 AS from_366,
             0 AS from_541, 0 AS backlog FROM reached
      UNION ALL
      SELECT court_id, category_id, filed_on + 91, 0, a91, 0, 0, 0, 0 FROM reached WHERE a91 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + 181, 0, 0, a181, 0, 0, 0 FROM reached WHERE a181 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + 366, 0, 0, 0, a366, 0, 0 FROM reached WHERE a366 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + 541, 0, 0, 0, 0, a541, 0 FROM reached WHERE a541 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + backlog_from, 0, 0, 0, 0, 0, ab FROM reached WHERE ab > 0
      UNION ALL
      SELECT * FROM left_at) changes
GROUP BY court_id, category_id, day;

INSERT INTO pending_age_daily
SELECT * FROM pending_age_changes
WHERE from_0 <> 0 OR from_91 <> 0 OR from_181 <> 0 OR from_366 <> 0 OR from_541 <> 0 OR backlog <> 0;

ALTER TABLE pending_age_daily ADD PRIMARY KEY (court_id, category_id, day);

INSERT INTO pending_age_monthly
SELECT * FROM (
    SELECT court_id, category_id, date_trunc('month', day::timestamp)::date AS month, sum(from_0)::int AS from_0,
           sum(from_91)::int AS from_91, sum(from_181)::int AS from_181, sum(from_366)::int AS from_366,
           sum(from_541)::int AS from_541, sum(backlog)::int AS backlog
    FROM pending_age_changes
    GROUP BY court_id, category_id, date_trunc('month', day::timestamp)) m
WHERE from_0 <> 0 OR from_91 <> 0 OR from_181 <> 0 OR from_366 <> 0 OR from_541 <> 0 OR backlog <> 0;
