-- Full rebuild of the duration histograms from the facts. Gives the same tables as the incremental path.
-- TRUNCATE locks duration_deltas first: writers wait for this commit, so no change is both in the rebuilt
-- tables and in a delta applied later.
TRUNCATE duration_deltas, case_duration_court_months, case_duration_area_monthly, case_duration_area_blocks;

-- Each court cell's durations (migration 0021): one in-memory hash aggregation of the resolved cases into ~44k
-- arrays at 10M cases, no sort. Months by timestamp, not timestamptz: the same month as the triggers'
-- date_trunc, without a time zone conversion per case.
INSERT INTO case_duration_court_months (court_id, category_id, month, durations)
SELECT court_id, category_id, date_trunc('month', disposed_on::timestamp)::date, array_agg(disposed_on - filed_on)
FROM cases
WHERE disposed_on IS NOT NULL
GROUP BY court_id, category_id, date_trunc('month', disposed_on::timestamp);

-- The regions' day bins per category from the court cells' durations (cheaper than grouping cases again: no
-- month to compute per case, narrower rows), apart so that the grouping may use a parallel plan (CREATE TABLE AS
-- may, INSERT … SELECT may not); then every area (each region, and the nation: 0) by category and for all
-- categories (0), summed from them.
CREATE TEMP TABLE region_bins ON COMMIT DROP AS
SELECT k.region_id, m.month, m.category_id, d.days, count(*)::int AS cases
FROM case_duration_court_months m JOIN courts k ON k.id = m.court_id CROSS JOIN LATERAL unnest(m.durations) AS d(days)
GROUP BY k.region_id, m.month, m.category_id, d.days;

-- Written in key order, so that the bins of a block of days share a page or two: a read probes each month's
-- blocks (0015, 0026) and then reads their bins, which would otherwise be one page each. Updates of a bin's count
-- stay on its page (fillfactor 90, HOT); only a month's new durations land elsewhere.
INSERT INTO case_duration_area_monthly (region_id, month, category_id, days, cases)
SELECT CASE WHEN grouping(region_id) = 1 THEN 0 ELSE region_id END,
       month, CASE WHEN grouping(category_id) = 1 THEN 0 ELSE category_id END, days, sum(cases)::int
FROM region_bins
GROUP BY GROUPING SETS ((region_id, month, category_id, days), (region_id, month, days),
                        (month, category_id, days), (month, days))
ORDER BY 1, 2, 3, 4;

INSERT INTO case_duration_area_blocks (region_id, month, category_id, block, cases, total_days, cum, cum_days)
SELECT region_id, month, category_id, block, cases, total_days, sum(cases) OVER w, sum(total_days) OVER w
FROM (SELECT region_id, month, category_id, cm_duration_block(days) AS block, sum(cases) AS cases,
             sum(days::bigint * cases) AS total_days
      FROM case_duration_area_monthly
      GROUP BY region_id, month, category_id, cm_duration_block(days)) b
WINDOW w AS (PARTITION BY region_id, month, category_id ORDER BY block);

-- Every area's days are left pending (0037): the duration-days job computes them within minutes, and reads take
-- them from cases until then.
SELECT cm_duration_days_all_pending();

ANALYZE case_duration_court_months, case_duration_area_monthly, case_duration_area_blocks;
