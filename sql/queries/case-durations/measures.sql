-- Case-duration measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Every measure comes from the day histogram of the cases disposed in the period, summed over the scope:
--   * months read from the stored histograms: the area's own rows for the nation or a region
--     (case_duration_area_monthly, 0036; category 0 = all categories), else the durations of the scope's court
--     cells (case_duration_court_months, 0021). A month partly inside [from, to] is taken whole less its days
--     outside when those hold fewer dispositions than its days inside: the current month up to today is its
--     stored histogram less nothing;
--   * an area's days of a daily grid: their measures as kept (case_duration_area_days, 0037), but for the days
--     pending there (today among them);
--   * other days (the days inside of the other partial months, pending days, every day of a court set's daily
--     grid): read set-based from cases through the index cases_disposed_cell, bounded to those days. Chosen over
--     a stored daily histogram, which would hold about one row per resolved case (durations rarely repeat within
--     a court, category and day) — a second copy of cases for the incremental job and the rebuild to keep.
-- Percentiles: Python statistics.quantiles(method='exclusive') (migration 0005, cm_quantile_*). An area's period
-- that is one whole month takes its order statistics by index probes on the stored running counts of its
-- blocks of days (case_duration_area_blocks, 0015, 0036); every other period merges its bins and ranks them with
-- a window (the running count). Standards: each case against its own category's tiers (time_standards, in
-- rising order of days).
WITH periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), area AS (
    -- The nation (0) or a region, read from its own rows; a set of courts (NULL here) from their cells.
    SELECT CASE WHEN @courtIds::int[] IS NULL THEN coalesce(@regionId::smallint, 0) END AS region_id
), scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), categories AS (
    SELECT id AS category_id FROM case_categories
    WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint
), months AS (
    -- Every month meeting [from, to] (none for a daily grid), with its days inside and the dispositions of its
    -- days inside and outside in the nation's case flow (court 0, 0035): the cost of either reading, any
    -- scope's days being a share of the nation's.
    SELECT m.month, m.last_day, m.inside_from, m.inside_to,
           m.inside_from = m.month AND m.inside_to = m.last_day AS whole,
           -- Counted only where they decide (an area's partial months): a lookup per month is not free.
           CASE WHEN m.inside_from = m.month AND m.inside_to = m.last_day OR (SELECT region_id FROM area) IS NULL THEN 0
                ELSE (SELECT coalesce(sum(f.resolved), 0) FROM case_flow_daily f
                      WHERE f.court_id = 0 AND f.day BETWEEN m.inside_from AND m.inside_to) END AS inside_cases,
           CASE WHEN m.inside_from = m.month AND m.inside_to = m.last_day OR (SELECT region_id FROM area) IS NULL THEN 0
                ELSE (SELECT coalesce(sum(f.resolved), 0) FROM case_flow_daily f
                      WHERE f.court_id = 0 AND f.day BETWEEN m.month AND m.last_day
                        AND f.day NOT BETWEEN m.inside_from AND m.inside_to) END AS outside_cases
    FROM (SELECT g::date AS month, (g + interval '1 month')::date - 1 AS last_day,
                 greatest(g::date, @from::date) AS inside_from,
                 least((g + interval '1 month')::date - 1, @to::date) AS inside_to
          FROM generate_series(date_trunc('month', @from::date), @to::date, interval '1 month') AS g
          WHERE @granularity::text <> 'day') m
), whole_months AS (
    -- The months read from the stored histograms (whole, or whole less their days outside), with their periods.
    SELECT month, last_day, inside_from, inside_to, whole,
           CASE WHEN @granularity::text = 'range' THEN @from::date
                ELSE greatest(date_trunc(@granularity::text, month)::date, @from::date) END AS period_start
    FROM months WHERE whole OR (SELECT region_id FROM area) IS NOT NULL AND outside_cases < inside_cases
), edges AS (
    -- Days read from cases: counted (+1) the days of a daily grid and the days inside of the months not taken
    -- whole; taken off (−1) the days outside of an area's months taken whole less them (a set of courts reads
    -- its few days inside instead: its values are sorted, not binned, below).
    SELECT @from::date AS first_day, @to::date AS last_day, 1 AS sign
    WHERE @granularity::text = 'day' AND (SELECT region_id FROM area) IS NULL
    UNION ALL
    -- An area's daily grid reads only its pending days (0037) from cases, in runs of consecutive days.
    SELECT min(day), max(day), 1
    FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS run
          FROM case_duration_days_pending
          WHERE @granularity::text = 'day' AND region_id = (SELECT region_id FROM area)
            AND day BETWEEN @from::date AND @to::date) p
    GROUP BY run
    UNION ALL
    SELECT inside_from, inside_to, 1 FROM months WHERE month NOT IN (SELECT month FROM whole_months)
    UNION ALL
    SELECT month, inside_from - 1, -1 FROM whole_months WHERE inside_from > month
    UNION ALL
    SELECT inside_to + 1, last_day, -1 FROM whole_months WHERE inside_to < last_day
), stored_days AS (
    -- An area's days with their measures kept (0037): every day of a daily grid that is not pending.
    SELECT day AS period_start, cases, total_days, p50, p75, p90, p98, within_1, of_1, within_2, of_2, within_3, of_3
    FROM case_duration_area_days
    WHERE @granularity::text = 'day' AND region_id = (SELECT region_id FROM area)
      AND category_id = coalesce(@categoryId::smallint, 0) AND day BETWEEN @from::date AND @to::date
), probed AS (
    -- An area's periods that are exactly one whole month: everything comes from the month's running counts.
    SELECT w.month, w.period_start
    FROM whole_months w JOIN periods p USING (period_start)
    WHERE (SELECT region_id FROM area) IS NOT NULL AND w.whole AND w.month = p.period_start
      AND p.period_end = w.last_day
), edge_cases AS (
    -- One index range scan per court, category and edge (LATERAL), and none at all without edges.
    SELECT CASE @granularity::text
               WHEN 'range' THEN @from::date
               WHEN 'day' THEN k.disposed_on
               ELSE greatest(date_trunc(@granularity::text, k.disposed_on)::date, @from::date)
           END AS period_start,
           k.category_id, k.days, e.sign AS cases
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
    WHERE (SELECT region_id FROM area) IS NULL
), keyed AS (
    -- Bins of the periods not probed, each with its period (by arithmetic: periods are calendar-aligned, clipped).
    -- One index range scan per month (LATERAL), and none when every month is probed.
    SELECT w.period_start, n.category_id, n.days, n.cases
    FROM whole_months w
    CROSS JOIN LATERAL (
        SELECT category_id, days, cases FROM case_duration_area_monthly
        WHERE region_id = (SELECT region_id FROM area) AND month = w.month
          AND category_id = coalesce(@categoryId::smallint, 0)
    ) n
    WHERE (SELECT region_id FROM area) IS NOT NULL AND w.period_start NOT IN (SELECT period_start FROM probed)
    UNION ALL
    SELECT period_start, category_id, days, cases FROM edge_cases WHERE (SELECT region_id FROM area) IS NOT NULL
), court_parts AS (
    -- A set of courts: its cells' values (one per case, 0021) and its days from cases, each part with its period.
    SELECT period_start, category_id, durations FROM court_cells
    UNION ALL
    SELECT period_start, category_id, array_agg(days) FROM edge_cases
    WHERE (SELECT region_id FROM area) IS NULL GROUP BY period_start, category_id
), court_counted AS MATERIALIZED (
    -- Each part counted within its category's tiers in one pass over its values: joined with the tiers value by
    -- value and grouped by period instead, the counting took a third of a five-court read.
    SELECT p.period_start, p.durations, cardinality(p.durations) AS n, c.total_days, c.in_1, c.in_2, c.in_3,
           CASE WHEN t.tier_1 IS NOT NULL THEN cardinality(p.durations) END AS of_1,
           CASE WHEN t.tier_2 IS NOT NULL THEN cardinality(p.durations) END AS of_2,
           CASE WHEN t.tier_3 IS NOT NULL THEN cardinality(p.durations) END AS of_3
    FROM court_parts p
    LEFT JOIN time_standard_tiers t USING (category_id)
    CROSS JOIN LATERAL (SELECT sum(v) AS total_days, count(*) FILTER (WHERE v <= t.tier_1) AS in_1,
                               count(*) FILTER (WHERE v <= t.tier_2) AS in_2, count(*) FILTER (WHERE v <= t.tier_3) AS in_3
                        FROM unnest(p.durations) AS v) c
), court_sorted AS (
    -- Each period's values sorted once, so the k-th shortest is the k-th element (cheaper than binning values that
    -- rarely repeat and ranking the bins with a window).
    SELECT s.period_start, s.n, s.total_days, s.in_1, s.of_1, s.in_2, s.of_2, s.in_3, s.of_3,
           ARRAY(SELECT v FROM court_counted c CROSS JOIN LATERAL unnest(c.durations) AS v
                 WHERE c.period_start = s.period_start ORDER BY v) AS sorted
    FROM (SELECT period_start, sum(n) AS n, sum(total_days) AS total_days,
                 sum(in_1) AS in_1, sum(of_1) AS of_1, sum(in_2) AS in_2, sum(of_2) AS of_2,
                 sum(in_3) AS in_3, sum(of_3) AS of_3
          FROM court_counted GROUP BY period_start) s
), merged AS (
    -- Days taken off a month are in its stored histogram, but a change not yet aggregated may not be: no bin
    -- goes below nothing.
    SELECT period_start, days, sum(cases)::int AS cases FROM keyed GROUP BY period_start, days HAVING sum(cases) > 0
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
    SELECT period_start, n, total_days,
           cm_quantile_rank(0.50, n), cm_quantile_rank(0.75, n), cm_quantile_rank(0.90, n), cm_quantile_rank(0.98, n)
    FROM court_sorted
    UNION ALL
    SELECT p.period_start, t.cum, t.cum_days,
           cm_quantile_rank(0.50, t.cum), cm_quantile_rank(0.75, t.cum),
           cm_quantile_rank(0.90, t.cum), cm_quantile_rank(0.98, t.cum)
    FROM probed p
    CROSS JOIN LATERAL (SELECT cum, cum_days FROM case_duration_area_blocks
                        WHERE region_id = (SELECT region_id FROM area) AND month = p.month
                          AND category_id = coalesce(@categoryId::smallint, 0)
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
    SELECT t.period_start, c.sorted[t.j50], c.sorted[t.j50 + 1], c.sorted[t.j75], c.sorted[t.j75 + 1],
           c.sorted[t.j90], c.sorted[t.j90 + 1], c.sorted[t.j98], c.sorted[t.j98 + 1]
    FROM ranks t JOIN court_sorted c USING (period_start)
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
    CROSS JOIN LATERAL cm_area_duration_kth((SELECT region_id FROM area), p.month, coalesce(@categoryId::smallint, 0), r.k) x
    GROUP BY p.period_start, t.j50, t.j75, t.j90, t.j98
), stats AS (
    SELECT t.period_start,
           t.total_days::numeric / t.n AS mean,
           cm_quantile_interpolate(0.50, t.n::bigint, o.x50, o.y50) AS p50,
           cm_quantile_interpolate(0.75, t.n::bigint, o.x75, o.y75) AS p75,
           cm_quantile_interpolate(0.90, t.n::bigint, o.x90, o.y90) AS p90,
           cm_quantile_interpolate(0.98, t.n::bigint, o.x98, o.y98) AS p98
    FROM ranks t JOIN order_statistics o USING (period_start)
    UNION ALL
    SELECT period_start, total_days::numeric / cases, p50, p75, p90, p98 FROM stored_days
), tiers AS (
    SELECT category_id, tier_1, tier_2, tier_3 FROM time_standard_tiers
), tier_counts AS (
    -- Resolved cases within each tier and resolved cases of categories that have the tier, per period.
    -- An area's months: index probes on the running counts of each category's month (blocks, then bins).
    SELECT w.period_start,
           i1.cases AS in_1, CASE WHEN t.tier_1 IS NOT NULL THEN n.cum END AS of_1,
           i2.cases AS in_2, CASE WHEN t.tier_2 IS NOT NULL THEN n.cum END AS of_2,
           i3.cases AS in_3, CASE WHEN t.tier_3 IS NOT NULL THEN n.cum END AS of_3
    FROM whole_months w
    CROSS JOIN categories g
    JOIN tiers t USING (category_id)
    CROSS JOIN LATERAL (SELECT cum FROM case_duration_area_blocks
                        WHERE region_id = (SELECT region_id FROM area) AND month = w.month
                          AND category_id = g.category_id ORDER BY block DESC LIMIT 1) n
    CROSS JOIN LATERAL cm_area_durations_within((SELECT region_id FROM area), w.month, g.category_id, t.tier_1) i1
    CROSS JOIN LATERAL cm_area_durations_within((SELECT region_id FROM area), w.month, g.category_id, t.tier_2) i2
    CROSS JOIN LATERAL cm_area_durations_within((SELECT region_id FROM area), w.month, g.category_id, t.tier_3) i3
    WHERE (SELECT region_id FROM area) IS NOT NULL
    UNION ALL
    -- An area's days from cases.
    SELECT k.period_start,
           sum(k.cases) FILTER (WHERE k.days <= t.tier_1), sum(k.cases) FILTER (WHERE t.tier_1 IS NOT NULL),
           sum(k.cases) FILTER (WHERE k.days <= t.tier_2), sum(k.cases) FILTER (WHERE t.tier_2 IS NOT NULL),
           sum(k.cases) FILTER (WHERE k.days <= t.tier_3), sum(k.cases) FILTER (WHERE t.tier_3 IS NOT NULL)
    FROM edge_cases k
    JOIN tiers t USING (category_id)
    WHERE (SELECT region_id FROM area) IS NOT NULL
    GROUP BY k.period_start
    UNION ALL
    -- A set of courts: counted with its sorted values.
    SELECT period_start, in_1, nullif(of_1, 0), in_2, nullif(of_2, 0), in_3, nullif(of_3, 0) FROM court_sorted
), shares AS (
    SELECT period_start,
           cm_ratio(coalesce(sum(in_1), 0), sum(of_1)) AS within_standard_1,
           cm_ratio(coalesce(sum(in_2), 0), sum(of_2)) AS within_standard_2,
           cm_ratio(coalesce(sum(in_3), 0), sum(of_3)) AS within_standard_3
    FROM tier_counts GROUP BY period_start
    UNION ALL
    SELECT period_start, cm_ratio(within_1, of_1), cm_ratio(within_2, of_2), cm_ratio(within_3, of_3) FROM stored_days
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
