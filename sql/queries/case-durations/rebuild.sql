-- Full rebuild of the duration histograms from the facts. Gives the same tables as the incremental path.
-- TRUNCATE locks duration_deltas first: writers wait for this commit, so no change is both in the rebuilt
-- tables and in a delta applied later.
TRUNCATE duration_deltas, case_duration_monthly, case_duration_national_monthly, case_duration_national_blocks;
-- Filled without its primary key, which is then built in one sorted pass: inserting ~5M rows (at 10M cases) one
-- index entry at a time cost more than grouping them.
ALTER TABLE case_duration_monthly DROP CONSTRAINT case_duration_monthly_pkey;

INSERT INTO case_duration_monthly (court_id, category_id, month, days, cases)
SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on - filed_on, count(*)
FROM cases
WHERE disposed_on IS NOT NULL
GROUP BY court_id, category_id, date_trunc('month', disposed_on), disposed_on - filed_on;

ALTER TABLE case_duration_monthly ADD PRIMARY KEY (court_id, category_id, month, days);

-- Each category and all categories (0) from one scan of the court bins.
INSERT INTO case_duration_national_monthly (month, category_id, days, cases)
SELECT month, coalesce(category_id, 0), days, sum(cases)::int
FROM case_duration_monthly
GROUP BY GROUPING SETS ((month, category_id, days), (month, days));

INSERT INTO case_duration_national_blocks (month, category_id, block, cases, total_days, cum, cum_days)
SELECT month, category_id, block, cases, total_days, sum(cases) OVER w, sum(total_days) OVER w
FROM (SELECT month, category_id, cm_duration_block(days) AS block, sum(cases) AS cases,
             sum(days::bigint * cases) AS total_days
      FROM case_duration_national_monthly
      GROUP BY month, category_id, cm_duration_block(days)) b
WINDOW w AS (PARTITION BY month, category_id ORDER BY block);

ANALYZE case_duration_monthly, case_duration_national_monthly, case_duration_national_blocks;
