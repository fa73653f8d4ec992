-- Case-duration measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Every measure comes from the day histogram of the cases disposed in the period, summed over the scope:
--   * whole months inside [from, to]: case_duration_national_monthly for the nation (all courts), else
--     case_duration_monthly of the scope's courts;
--   * the days of partial months (and every day of a daily grid): read set-based from cases through the index
--     cases_disposed_cell, bounded to those edge days. Chosen over a stored daily histogram, which would hold
--     about one row per resolved case (durations rarely repeat within a court, category and day) — a second
--     copy of cases for the incremental job and the rebuild to keep — while a custom range has at most two
--     partial months to read (BENCHMARKS.md has the cost).
-- Percentiles: Python statistics.quantiles(method='exclusive') (migration 0005, cm_quantile_*) over the running
-- count of the merged histogram. Standards: each case against its own category's tiers (time_standards).
WITH periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), categories AS (
    SELECT id AS category_id FROM case_categories
    WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint
), whole_months AS (
    SELECT m::date AS month
    FROM generate_series(date_trunc('month', @from::date), @to::date, interval '1 month') AS m
    WHERE @granularity::text <> 'day' AND m::date >= @from::date
      AND (m + interval '1 month')::date - 1 <= @to::date
), edges AS (
    -- Days of [from, to] outside whole months: before the first one and after the last one (all, with none).
    SELECT @from::date AS first_day, coalesce(min(month) - 1, @to::date) AS last_day FROM whole_months
    UNION ALL
    SELECT (max(month) + interval '1 month')::date, @to::date FROM whole_months HAVING count(*) > 0
), bins AS (
    SELECT n.month AS day, n.category_id, n.days, n.cases
    FROM case_duration_national_monthly n
    JOIN whole_months USING (month)
    JOIN categories USING (category_id)
    WHERE @courtIds::int[] IS NULL AND @regionId::smallint IS NULL
    UNION ALL
    SELECT m.month, m.category_id, m.days, m.cases
    FROM case_duration_monthly m
    JOIN scope USING (court_id)
    JOIN categories USING (category_id)
    JOIN whole_months USING (month)
    WHERE @courtIds::int[] IS NOT NULL OR @regionId::smallint IS NOT NULL
    UNION ALL
    -- LATERAL: one index range scan per court, category and edge, and none at all without edges.
    SELECT k.disposed_on, k.category_id, k.days, 1
    FROM edges e
    CROSS JOIN scope s
    CROSS JOIN categories g
    CROSS JOIN LATERAL (
        SELECT c.disposed_on, c.category_id, c.disposed_on - c.filed_on AS days
        FROM cases c
        WHERE c.court_id = s.court_id AND c.category_id = g.category_id
          AND c.disposed_on BETWEEN e.first_day AND e.last_day
    ) k
    WHERE e.first_day <= e.last_day
), keyed AS (
    -- The period of each bin, by arithmetic rather than a range join (periods are calendar-aligned, clipped).
    SELECT CASE @granularity::text
               WHEN 'range' THEN @from::date
               WHEN 'day' THEN day
               ELSE greatest(date_trunc(@granularity::text, day)::date, @from::date)
           END AS period_start,
           category_id, days, cases
    FROM bins
), merged AS (
    SELECT period_start, days, sum(cases)::int AS cases FROM keyed GROUP BY period_start, days
), totals AS (
    -- N and the rank j of each quantile, once per period.
    SELECT period_start, n, total_days,
           cm_quantile_rank(0.50, n) AS j50, cm_quantile_rank(0.75, n) AS j75,
           cm_quantile_rank(0.90, n) AS j90, cm_quantile_rank(0.98, n) AS j98
    FROM (SELECT period_start, sum(cases) AS n, sum(days::bigint * cases) AS total_days
          FROM merged GROUP BY period_start) t
), ranked AS (
    -- cum = how many durations are ≤ days, so the k-th smallest is min(days) FILTER (WHERE cum >= k).
    SELECT period_start, days, sum(cases) OVER (PARTITION BY period_start ORDER BY days) AS cum
    FROM merged
), stats AS (
    SELECT t.period_start,
           t.total_days::numeric / t.n AS mean,
           cm_quantile_interpolate(0.50, t.n, min(r.days) FILTER (WHERE r.cum >= t.j50), min(r.days) FILTER (WHERE r.cum > t.j50)) AS p50,
           cm_quantile_interpolate(0.75, t.n, min(r.days) FILTER (WHERE r.cum >= t.j75), min(r.days) FILTER (WHERE r.cum > t.j75)) AS p75,
           cm_quantile_interpolate(0.90, t.n, min(r.days) FILTER (WHERE r.cum >= t.j90), min(r.days) FILTER (WHERE r.cum > t.j90)) AS p90,
           cm_quantile_interpolate(0.98, t.n, min(r.days) FILTER (WHERE r.cum >= t.j98), min(r.days) FILTER (WHERE r.cum > t.j98)) AS p98
    FROM totals t
    JOIN ranked r USING (period_start)
    GROUP BY t.period_start, t.n, t.total_days
), tiers AS (
    -- A category's standards in rising order of days: tier 1 is the shortest (Model Time Standards: 75 %).
    SELECT category_id,
           (array_agg(within_days ORDER BY within_days))[1] AS tier_1,
           (array_agg(within_days ORDER BY within_days))[2] AS tier_2,
           (array_agg(within_days ORDER BY within_days))[3] AS tier_3
    FROM time_standards GROUP BY category_id
), shares AS (
    SELECT k.period_start,
           cm_ratio(coalesce(sum(k.cases) FILTER (WHERE k.days <= t.tier_1), 0), sum(k.cases) FILTER (WHERE t.tier_1 IS NOT NULL)) AS within_standard_1,
           cm_ratio(coalesce(sum(k.cases) FILTER (WHERE k.days <= t.tier_2), 0), sum(k.cases) FILTER (WHERE t.tier_2 IS NOT NULL)) AS within_standard_2,
           cm_ratio(coalesce(sum(k.cases) FILTER (WHERE k.days <= t.tier_3), 0), sum(k.cases) FILTER (WHERE t.tier_3 IS NOT NULL)) AS within_standard_3
    FROM keyed k JOIN tiers t USING (category_id)
    GROUP BY k.period_start
)
SELECT p.period_start, p.period_end,
       s.p50 AS duration_p50, s.p75 AS duration_p75, s.p90 AS duration_p90, s.p98 AS duration_p98,
       s.mean AS duration_mean,
       w.within_standard_1, w.within_standard_2, w.within_standard_3
FROM periods p
LEFT JOIN stats s USING (period_start)
LEFT JOIN shares w USING (period_start)
ORDER BY p.period_start;
