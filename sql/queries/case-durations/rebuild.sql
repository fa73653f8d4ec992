-- Full rebuild of the duration histograms from the facts. Gives the same tables as the incremental path.
-- TRUNCATE locks duration_deltas first: writers wait for this commit, so no change is both in the rebuilt
-- tables and in a delta applied later.
TRUNCATE duration_deltas, case_duration_court_months, case_duration_national_monthly, case_duration_national_blocks;

-- Two in-memory hash aggregations of the resolved cases, no sort: each court cell's durations (migration 0021,
-- ~44k arrays at 10M cases), and the national day bins per category (~120k), grouped apart so that they may use
-- a parallel plan (CREATE TABLE AS may, INSERT … SELECT may not). Months by timestamp, not timestamptz: the same
-- month as the triggers' date_trunc, without a time zone conversion per case.
INSERT INTO case_duration_court_months (court_id, category_id, month, durations)
SELECT court_id, category_id, date_trunc('month', disposed_on::timestamp)::date, array_agg(disposed_on - filed_on)
FROM cases
WHERE disposed_on IS NOT NULL
GROUP BY court_id, category_id, date_trunc('month', disposed_on::timestamp);

CREATE TEMP TABLE national_bins ON COMMIT DROP AS
SELECT date_trunc('month', disposed_on::timestamp)::date AS month, category_id, disposed_on - filed_on AS days,
       count(*)::int AS cases
FROM cases
WHERE disposed_on IS NOT NULL
GROUP BY date_trunc('month', disposed_on::timestamp), category_id, disposed_on - filed_on;

-- Each category, and all categories (0) summed from them.
INSERT INTO case_duration_national_monthly (month, category_id, days, cases)
SELECT month, category_id, days, cases FROM national_bins
UNION ALL
SELECT month, 0, days, sum(cases)::int FROM national_bins GROUP BY month, days;

INSERT INTO case_duration_national_blocks (month, category_id, block, cases, total_days, cum, cum_days)
SELECT month, category_id, block, cases, total_days, sum(cases) OVER w, sum(total_days) OVER w
FROM (SELECT month, category_id, cm_duration_block(days) AS block, sum(cases) AS cases,
             sum(days::bigint * cases) AS total_days
      FROM case_duration_national_monthly
      GROUP BY month, category_id, cm_duration_block(days)) b
WINDOW w AS (PARTITION BY month, category_id ORDER BY block);

ANALYZE case_duration_court_months, case_duration_national_monthly, case_duration_national_blocks;
