-- The duration-days job's step (0037): the pending days of up to @Days days that are over (before today), latest
-- first, computed from their cases for every pending area (region, 0 = the nation) and category (0 = all); returns
-- how many (area, day) were done. The same measures as case-durations/measures.sql computes over cases: Python's
-- exclusive quantiles (cm_quantile_*), each case against its own category's time standard tiers.
WITH chunk AS (
    SELECT DISTINCT day FROM case_duration_days_pending WHERE day < current_date ORDER BY day DESC LIMIT @Days
), pairs AS (
    DELETE FROM case_duration_days_pending p USING chunk c WHERE p.day = c.day RETURNING p.region_id, p.day
), facts AS (
    -- One index probe per day, court and category (cases_disposed_cell).
    SELECT k.region_id, x.category_id, x.day, x.days
    FROM chunk d
    CROSS JOIN courts k
    CROSS JOIN case_categories g
    CROSS JOIN LATERAL (
        SELECT c.category_id, c.disposed_on AS day, c.disposed_on - c.filed_on AS days
        FROM cases c
        WHERE c.court_id = k.id AND c.category_id = g.id AND c.disposed_on = d.day
        OFFSET 0
    ) x
), bins AS (
    SELECT CASE WHEN grouping(region_id) = 1 THEN 0 ELSE region_id END AS region_id, day,
           CASE WHEN grouping(category_id) = 1 THEN 0 ELSE category_id END AS category_id, days, count(*) AS cases
    FROM facts
    GROUP BY GROUPING SETS ((region_id, day, category_id, days), (region_id, day, days), (day, category_id, days), (day, days))
), wanted AS (
    SELECT b.* FROM bins b JOIN pairs p USING (region_id, day)
), ranked AS (
    SELECT region_id, day, category_id, days, cases,
           sum(cases) OVER (PARTITION BY region_id, day, category_id ORDER BY days) AS cum,
           (sum(cases) OVER (PARTITION BY region_id, day, category_id))::bigint AS n,
           sum(days::bigint * cases) OVER (PARTITION BY region_id, day, category_id) AS total_days
    FROM wanted
), order_statistics AS (
    SELECT region_id, day, category_id, n, total_days,
           min(days) FILTER (WHERE cum >= cm_quantile_rank(0.50, n)) AS x50, min(days) FILTER (WHERE cum > cm_quantile_rank(0.50, n)) AS y50,
           min(days) FILTER (WHERE cum >= cm_quantile_rank(0.75, n)) AS x75, min(days) FILTER (WHERE cum > cm_quantile_rank(0.75, n)) AS y75,
           min(days) FILTER (WHERE cum >= cm_quantile_rank(0.90, n)) AS x90, min(days) FILTER (WHERE cum > cm_quantile_rank(0.90, n)) AS y90,
           min(days) FILTER (WHERE cum >= cm_quantile_rank(0.98, n)) AS x98, min(days) FILTER (WHERE cum > cm_quantile_rank(0.98, n)) AS y98
    FROM ranked GROUP BY region_id, day, category_id, n, total_days
), tiers AS (
    SELECT category_id, tier_1, tier_2, tier_3 FROM time_standard_tiers
), category_tiers AS (
    -- Each category's cases within its tiers; all categories (0) are their sum.
    SELECT w.region_id, w.day, w.category_id,
           sum(w.cases) FILTER (WHERE w.days <= t.tier_1) AS within_1, sum(w.cases) FILTER (WHERE t.tier_1 IS NOT NULL) AS of_1,
           sum(w.cases) FILTER (WHERE w.days <= t.tier_2) AS within_2, sum(w.cases) FILTER (WHERE t.tier_2 IS NOT NULL) AS of_2,
           sum(w.cases) FILTER (WHERE w.days <= t.tier_3) AS within_3, sum(w.cases) FILTER (WHERE t.tier_3 IS NOT NULL) AS of_3
    FROM wanted w JOIN tiers t USING (category_id)
    GROUP BY w.region_id, w.day, w.category_id
), tier_counts AS (
    SELECT * FROM category_tiers
    UNION ALL
    SELECT region_id, day, 0, sum(within_1), sum(of_1), sum(within_2), sum(of_2), sum(within_3), sum(of_3)
    FROM category_tiers GROUP BY region_id, day
), written AS (
    INSERT INTO case_duration_area_days (region_id, day, category_id, cases, total_days, p50, p75, p90, p98,
                                         within_1, of_1, within_2, of_2, within_3, of_3)
    SELECT o.region_id, o.day, o.category_id, o.n, o.total_days,
           cm_quantile_interpolate(0.50, o.n::bigint, o.x50, o.y50), cm_quantile_interpolate(0.75, o.n::bigint, o.x75, o.y75),
           cm_quantile_interpolate(0.90, o.n::bigint, o.x90, o.y90), cm_quantile_interpolate(0.98, o.n::bigint, o.x98, o.y98),
           coalesce(t.within_1, 0), t.of_1, coalesce(t.within_2, 0), t.of_2, coalesce(t.within_3, 0), t.of_3
    FROM order_statistics o
    LEFT JOIN tier_counts t USING (region_id, day, category_id)
    RETURNING 1
)
SELECT count(*)::int FROM pairs;
