-- Full rebuild of the pending-age changes (migration 0033) from every case. Gives the same tables as the
-- incremental path (aggregate-claimed.sql): cases are grouped once per filing day — how many of them are still
-- pending on reaching each age — and once per disposition day — how many had reached it — and each count becomes
-- the change on its day (filing day + age, or the disposition day). Counting per case instead (one row per case
-- and age) was five times as many rows to group. Counts are integers: sums of bigint counts are numeric, slower
-- and twice the memory.
-- TRUNCATE locks pending_deltas first: writers wait for this commit, so no change is both in the rebuilt tables
-- and in a span recorded later.
TRUNCATE pending_deltas, pending_age_daily, pending_age_monthly, pending_age_backlog_from;
INSERT INTO pending_age_backlog_from SELECT category_id, from_age FROM cm_backlog_from();
ALTER TABLE pending_age_daily DROP CONSTRAINT pending_age_daily_pkey;

CREATE TEMP TABLE pending_age_changes ON COMMIT DROP AS
WITH counted AS (
    -- One pass over the cases, two groupings (filing day, disposition day): of each group, how many cases were
    -- pending for longer than each age. Cases decided on their filing day are never pending at a day's end.
    SELECT k.court_id, k.category_id, k.filed_on, k.disposed_on, GROUPING(k.filed_on) = 1 AS by_disposal,
           max(k.backlog_from) AS backlog_from,
           count(*)::int AS c0, (count(*) FILTER (WHERE k.lasted > 91))::int AS c91,
           (count(*) FILTER (WHERE k.lasted > 181))::int AS c181, (count(*) FILTER (WHERE k.lasted > 366))::int AS c366,
           (count(*) FILTER (WHERE k.lasted > 541))::int AS c541,
           (count(*) FILTER (WHERE k.lasted > k.backlog_from))::int AS cb
    FROM (SELECT c.court_id, c.category_id, c.filed_on, c.disposed_on, b.from_age AS backlog_from,
                 coalesce(c.disposed_on - c.filed_on, 2147483647) AS lasted -- open: for ever
          FROM cases c LEFT JOIN pending_age_backlog_from b USING (category_id)
          WHERE c.disposed_on IS NULL OR c.disposed_on > c.filed_on) k
    GROUP BY GROUPING SETS ((k.court_id, k.category_id, k.filed_on), (k.court_id, k.category_id, k.disposed_on))
), reached AS MATERIALIZED (
    SELECT court_id, category_id, filed_on, backlog_from, c0, c91, c181, c366, c541, cb
    FROM counted WHERE NOT by_disposal
)
SELECT court_id, category_id, day, sum(from_0)::int AS from_0, sum(from_91)::int AS from_91,
       sum(from_181)::int AS from_181, sum(from_366)::int AS from_366, sum(from_541)::int AS from_541,
       sum(backlog)::int AS backlog
FROM (SELECT court_id, category_id, filed_on AS day, c0 AS from_0, 0 AS from_91, 0 AS from_181, 0 AS from_366,
             0 AS from_541, 0 AS backlog FROM reached
      UNION ALL
      SELECT court_id, category_id, filed_on + 91, 0, c91, 0, 0, 0, 0 FROM reached WHERE c91 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + 181, 0, 0, c181, 0, 0, 0 FROM reached WHERE c181 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + 366, 0, 0, 0, c366, 0, 0 FROM reached WHERE c366 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + 541, 0, 0, 0, 0, c541, 0 FROM reached WHERE c541 > 0
      UNION ALL
      SELECT court_id, category_id, filed_on + backlog_from, 0, 0, 0, 0, 0, cb FROM reached WHERE cb > 0
      UNION ALL
      SELECT court_id, category_id, disposed_on, -c0, -c91, -c181, -c366, -c541, -cb
      FROM counted WHERE by_disposal AND disposed_on IS NOT NULL) changes
GROUP BY court_id, category_id, day;
-- The nation (court 0, migration 0033).
INSERT INTO pending_age_changes
SELECT 0, category_id, day, sum(from_0), sum(from_91), sum(from_181), sum(from_366), sum(from_541), sum(backlog)
FROM pending_age_changes GROUP BY category_id, day;

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
