-- Full rebuild of the duration histograms from the facts. Gives the same tables as the incremental path.
-- TRUNCATE locks duration_deltas first: writers wait for this commit, so no change is both in the rebuilt
-- tables and in a delta applied later.
TRUNCATE duration_deltas, case_duration_monthly, case_duration_national_monthly;

INSERT INTO case_duration_monthly (court_id, category_id, month, days, cases)
SELECT court_id, category_id, date_trunc('month', disposed_on)::date, disposed_on - filed_on, count(*)
FROM cases
WHERE disposed_on IS NOT NULL
GROUP BY court_id, category_id, date_trunc('month', disposed_on), disposed_on - filed_on;

INSERT INTO case_duration_national_monthly (month, category_id, days, cases, cum, cum_days)
SELECT month, category_id, days, cases,
       sum(cases) OVER w, sum(days::bigint * cases) OVER w
FROM (SELECT month, category_id, days, sum(cases)::int AS cases
      FROM case_duration_monthly GROUP BY month, category_id, days
      UNION ALL
      SELECT month, 0, days, sum(cases)::int
      FROM case_duration_monthly GROUP BY month, days) bins
WINDOW w AS (PARTITION BY month, category_id ORDER BY days);

ANALYZE case_duration_monthly, case_duration_national_monthly;
