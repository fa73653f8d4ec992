-- Full rebuild of the duration histograms from the facts. Gives the same tables as the incremental path.
-- TRUNCATE locks duration_deltas first: writers wait for this commit, so no change is both in the rebuilt
-- tables and in a delta applied later.
TRUNCATE duration_deltas, case_duration_court_months, case_duration_national_monthly, case_duration_national_blocks;

-- Each court cell's durations (migration 0021): one in-memory hash aggregation of the resolved cases into ~44k
-- arrays at 10M cases, no sort. Months by timestamp, not timestamptz: the same month as the triggers'
-- date_trunc, without a time zone conversion per case.
INSERT INTO case_duration_court_months (court_id, category_id, month, durations)
SELECT court_id, category_id, date_trunc('month', disposed_on::timestamp)::date, array_agg(disposed_on - filed_on)
FROM cases
WHERE disposed_on IS NOT NULL
GROUP BY court_id, category_id, date_trunc('month', disposed_on::timestamp);

-- The national day bins per category from the court cells' durations (cheaper than grouping cases again: no
-- month to compute per case, narrower rows), apart so that the grouping may use a parallel plan (CREATE TABLE AS
-- may, INSERT … SELECT may not); then each category, and all categories (0) summed from them.
CREATE TEMP TABLE national_bins ON COMMIT DROP AS
SELECT month, category_id, days, count(*)::int AS cases
FROM case_duration_court_months CROSS JOIN LATERAL unnest(durations) AS days
GROUP BY month, category_id, days;

-- Written in key order, so that the bins of a block of days share a page or two: a national read probes each
-- month's blocks (0015, 0026) and then reads their bins, which would otherwise be one page each. Updates of a
-- bin's count stay on its page (fillfactor 90, HOT); only a month's new durations land elsewhere.
INSERT INTO case_duration_national_monthly (month, category_id, days, cases)
SELECT month, category_id, days, cases FROM national_bins
UNION ALL
SELECT month, 0, days, sum(cases)::int FROM national_bins GROUP BY month, days
ORDER BY month, category_id, days;

INSERT INTO case_duration_national_blocks (month, category_id, block, cases, total_days, cum, cum_days)
SELECT month, category_id, block, cases, total_days, sum(cases) OVER w, sum(total_days) OVER w
FROM (SELECT month, category_id, cm_duration_block(days) AS block, sum(cases) AS cases,
             sum(days::bigint * cases) AS total_days
      FROM case_duration_national_monthly
      GROUP BY month, category_id, cm_duration_block(days)) b
WINDOW w AS (PARTITION BY month, category_id ORDER BY block);

ANALYZE case_duration_court_months, case_duration_national_monthly, case_duration_national_blocks;
