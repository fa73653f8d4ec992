-- Case-duration measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Every measure comes from the day histogram of the cases disposed in the period, summed over the scope:
--   * whole months inside [from, to]: case_duration_national_monthly for the nation (all courts; category 0 =
--     all categories), else the durations of the scope's court cells
--     (case_duration_court_months, migration 0021);
--   * the days of partial months (and every day of a daily grid): read set-based from cases through the index
--     cases_disposed_cell, bounded to those edge days. Chosen over a stored daily histogram, which would hold
--     about one row per resolved case (durations rarely repeat within a court, category and day) — a second
--     copy of cases for the incremental job and the rebuild to keep — while a custom range has at most two
--     partial months to read (BENCHMARKS.md has the cost).
-- Percentiles: Python statistics.quantiles(method='exclusive') (migration 0005, cm_quantile_*). A national
-- period that is one whole month takes its order statistics by index probes on the stored running counts of its
-- blocks of days (case_duration_national_blocks, migration 0015);
-- every other period merges its bins and ranks them with a window (the running count). Standards: each case
-- against its own category's tiers (time_standards, in rising order of days).
WITH periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), national AS (
    SELECT @courtIds::int[] IS NULL AND @regionId::smallint IS NULL AS yes
), scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), categories AS (
    SELECT id AS category_id FROM case_categories
    WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint
), whole_months AS (
    SELECT m::date AS month, CASE WHEN @granularity::text = 'range' THEN @from::date
                                  ELSE greatest(date_trunc(@granularity::text, m)::date, @from::date) END AS period_start
    FROM generate_series(date_trunc('month', @from::date), @to::date, interval '1 month') AS m
    WHERE @granularity::text <> 'day' AND m::date >= @from::date
      AND (m + interval '1 month')::date - 1 <= @to::date
), edges AS (
    -- Days of [from, to] outside whole months: before the first one and after the last one (all, with none).
    SELECT @from::date AS first_day, coalesce(min(month) - 1, @to::date) AS last_day FROM whole_months
    UNION ALL
    SELECT (max(month) + interval '1 month')::date, @to::date FROM whole_months HAVING count(*) > 0
), probed AS (
    -- National periods that are exactly one whole month: everything comes from the month's running counts.
    SELECT w.month, w.period_start
    FROM whole_months w JOIN periods p USING (period_start)
    WHERE (SELECT yes FROM national) AND w.month = p.period_start
      AND p.period_end = (w.month + interval '1 month')::date - 1
), edge_cases AS (
    -- One index range scan per court, category and edge (LATERAL), and none at all without edges.
    SELECT k.disposed_on AS day, k.category_id, k.days, 1 AS cases
    FROM edges e
    CROSS JOIN scope s
    CROSS JOIN categories g
    CROSS JOIN LATERAL (
        SELECT c.disposed_on, c.category_id, c.disposed_on - c.filed_on AS days
        FROM cases c
        WHERE c.court_id = s.court_id AND c.category_id = g.category_id
          AND c.disposed_on BETWEEN e.first_day AND e.last_day
        OFFSET 0 -- kept apart, so the planner cannot turn it into one scan of all cases
    ) k
    WHERE e.first_day <= e.last_day
), court_cells AS MATERIALIZED (
    -- The scope's cells first, by their key: planned together with the unnest, the join with the scope came after
    -- unnesting every court's cells (9.5M values at 10M cases, 16 s for a region).
    SELECT w.period_start, m.category_id, m.durations
    FROM case_duration_court_months m
    JOIN scope USING (court_id)
    JOIN categories USING (category_id)
    JOIN whole_months w USING (month)
    WHERE NOT (SELECT yes FROM national)
), keyed AS (
    -- Bins of the periods not probed, each with its period (by arithmetic: periods are calendar-aligned, clipped).
    -- One index range scan per month (LATERAL), and none when every month is probed.
    SELECT w.period_start, n.category_id, n.days, n.cases
    FROM whole_months w
    CROSS JOIN LATERAL (
        SELECT category_id, days, cases FROM case_duration_national_monthly
        WHERE month = w.month AND category_id = coalesce(@categoryId::smallint, 0)
    ) n
    WHERE (SELECT yes FROM national) AND w.period_start NOT IN (SELECT period_start FROM probed)
    UNION ALL
    -- Court cells hold one value per case (migration 0021), counted per day here so that the rows kept for the
    -- steps below are bins again.
    SELECT period_start, category_id, d.days, count(*)::int
    FROM court_cells CROSS JOIN LATERAL unnest(durations) AS d(days)
    GROUP BY period_start, category_id, d.days
    UNION ALL
    SELECT CASE @granularity::text
               WHEN 'range' THEN @from::date
               WHEN 'day' THEN day
               ELSE greatest(date_trunc(@granularity::text, day)::date, @from::date)
           END,
           category_id, days, cases
    FROM edge_cases
), merged AS (
    SELECT period_start, days, sum(cases)::int AS cases FROM keyed GROUP BY period_start, days
), totals AS (
    SELECT period_start, sum(cases) AS n, sum(days::bigint * cases) AS total_days
    FROM merged GROUP BY period_start
), ranks AS (
    -- N, the total of days and the rank j of each quantile, once per period.
    SELECT period_start, n, total_days,
           cm_quantile_rank(0.50, n) AS j50, cm_quantile_rank(0.75, n) AS j75,
           cm_quantile_rank(0.90, n) AS j90, cm_quantile_rank(0.98, n) AS j98
    FROM totals
    UNION ALL
    SELECT p.period_start, t.cum, t.cum_days,
           cm_quantile_rank(0.50, t.cum), cm_quantile_rank(0.75, t.cum),
           cm_quantile_rank(0.90, t.cum), cm_quantile_rank(0.98, t.cum)
    FROM probed p
    CROSS JOIN LATERAL (SELECT cum, cum_days FROM case_duration_national_blocks
                        WHERE month = p.month AND category_id = coalesce(@categoryId::smallint, 0)
                        ORDER BY block DESC LIMIT 1) t
), ranked AS (
    -- cum = how many durations are ≤ days, so the k-th smallest is min(days) FILTER (WHERE cum >= k).
    SELECT period_start, days, sum(cases) OVER (PARTITION BY period_start ORDER BY days) AS cum
    FROM merged
), order_statistics AS (
    SELECT t.period_start,
           min(r.days) FILTER (WHERE r.cum >= t.j50) AS x50, min(r.days) FILTER (WHERE r.cum > t.j50) AS y50,
           min(r.days) FILTER (WHERE r.cum >= t.j75) AS x75, min(r.days) FILTER (WHERE r.cum > t.j75) AS y75,
           min(r.days) FILTER (WHERE r.cum >= t.j90) AS x90, min(r.days) FILTER (WHERE r.cum > t.j90) AS y90,
           min(r.days) FILTER (WHERE r.cum >= t.j98) AS x98, min(r.days) FILTER (WHERE r.cum > t.j98) AS y98
    FROM ranks t
    JOIN ranked r USING (period_start)
    GROUP BY t.period_start
    UNION ALL
    -- The k-th shortest durations of a month by index probes (migration 0015, inlined into this plan: 0026);
    -- x(j+1) is the first with cum > j.
    SELECT p.period_start,
           min(x.days) FILTER (WHERE r.k = t.j50), min(x.days) FILTER (WHERE r.k = t.j50 + 1),
           min(x.days) FILTER (WHERE r.k = t.j75), min(x.days) FILTER (WHERE r.k = t.j75 + 1),
           min(x.days) FILTER (WHERE r.k = t.j90), min(x.days) FILTER (WHERE r.k = t.j90 + 1),
           min(x.days) FILTER (WHERE r.k = t.j98), min(x.days) FILTER (WHERE r.k = t.j98 + 1)
    FROM probed p JOIN ranks t USING (period_start)
    CROSS JOIN LATERAL unnest(ARRAY[t.j50, t.j50 + 1, t.j75, t.j75 + 1, t.j90, t.j90 + 1, t.j98, t.j98 + 1]) AS r(k)
    CROSS JOIN LATERAL cm_national_duration_kth(p.month, coalesce(@categoryId::smallint, 0), r.k) x
    GROUP BY p.period_start, t.j50, t.j75, t.j90, t.j98
), stats AS (
    SELECT t.period_start,
           t.total_days::numeric / t.n AS mean,
           cm_quantile_interpolate(0.50, t.n::bigint, o.x50, o.y50) AS p50,
           cm_quantile_interpolate(0.75, t.n::bigint, o.x75, o.y75) AS p75,
           cm_quantile_interpolate(0.90, t.n::bigint, o.x90, o.y90) AS p90,
           cm_quantile_interpolate(0.98, t.n::bigint, o.x98, o.y98) AS p98
    FROM ranks t JOIN order_statistics o USING (period_start)
), tiers AS (
    SELECT category_id,
           (array_agg(within_days ORDER BY within_days))[1] AS tier_1,
           (array_agg(within_days ORDER BY within_days))[2] AS tier_2,
           (array_agg(within_days ORDER BY within_days))[3] AS tier_3
    FROM time_standards GROUP BY category_id
), tier_counts AS (
    -- Resolved cases within each tier and resolved cases of categories that have the tier, per period.
    -- National whole months: index probes on the running counts of each category's month (blocks, then bins).
    SELECT w.period_start,
           i1.cases AS in_1, CASE WHEN t.tier_1 IS NOT NULL THEN n.cum END AS of_1,
           i2.cases AS in_2, CASE WHEN t.tier_2 IS NOT NULL THEN n.cum END AS of_2,
           i3.cases AS in_3, CASE WHEN t.tier_3 IS NOT NULL THEN n.cum END AS of_3
    FROM whole_months w
    CROSS JOIN categories g
    JOIN tiers t USING (category_id)
    CROSS JOIN LATERAL (SELECT cum FROM case_duration_national_blocks
                        WHERE month = w.month AND category_id = g.category_id ORDER BY block DESC LIMIT 1) n
    CROSS JOIN LATERAL cm_national_durations_within(w.month, g.category_id, t.tier_1) i1
    CROSS JOIN LATERAL cm_national_durations_within(w.month, g.category_id, t.tier_2) i2
    CROSS JOIN LATERAL cm_national_durations_within(w.month, g.category_id, t.tier_3) i3
    WHERE (SELECT yes FROM national)
    UNION ALL
    -- Everything else: the bins themselves (court-level months and edge days carry their category).
    SELECT k.period_start,
           sum(k.cases) FILTER (WHERE k.days <= t.tier_1), sum(k.cases) FILTER (WHERE t.tier_1 IS NOT NULL),
           sum(k.cases) FILTER (WHERE k.days <= t.tier_2), sum(k.cases) FILTER (WHERE t.tier_2 IS NOT NULL),
           sum(k.cases) FILTER (WHERE k.days <= t.tier_3), sum(k.cases) FILTER (WHERE t.tier_3 IS NOT NULL)
    FROM (SELECT period_start, category_id, days, cases FROM keyed WHERE NOT (SELECT yes FROM national)
          UNION ALL
          SELECT CASE @granularity::text
                     WHEN 'range' THEN @from::date
                     WHEN 'day' THEN day
                     ELSE greatest(date_trunc(@granularity::text, day)::date, @from::date)
                 END, category_id, days, cases
          FROM edge_cases WHERE (SELECT yes FROM national)) k
    JOIN tiers t USING (category_id)
    GROUP BY k.period_start
), shares AS (
    SELECT period_start,
           cm_ratio(coalesce(sum(in_1), 0), sum(of_1)) AS within_standard_1,
           cm_ratio(coalesce(sum(in_2), 0), sum(of_2)) AS within_standard_2,
           cm_ratio(coalesce(sum(in_3), 0), sum(of_3)) AS within_standard_3
    FROM tier_counts GROUP BY period_start
)
SELECT p.period_start, p.period_end,
       s.p50::float8 AS duration_p50, s.p75::float8 AS duration_p75, s.p90::float8 AS duration_p90,
       s.p98::float8 AS duration_p98, s.mean::float8 AS duration_mean,
       w.within_standard_1::float8 AS within_standard_1, w.within_standard_2::float8 AS within_standard_2,
       w.within_standard_3::float8 AS within_standard_3
FROM periods p
LEFT JOIN stats s USING (period_start)
LEFT JOIN shares w USING (period_start)
ORDER BY p.period_start;
