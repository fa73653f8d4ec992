-- The target that applies to each measure, the one statement of the rule (the page, the chart images and the alerts'
-- readers all ask here): the most specific administrator's target — court and category, court, category, every
-- scope — else, for a share within a time standard of one category (within_standard_N), that category's N-th
-- shortest tier, else the catalogue's default (@Metrics with @Defaults). Court NULL is the general answer, which
-- regions and the nation use; @CourtIds adds one answer per court.
WITH scopes AS (
    SELECT NULL::int AS court_id
    UNION ALL
    SELECT id FROM courts WHERE id = ANY (@CourtIds::int[])
), category AS (
    SELECT id FROM case_categories WHERE code = @Category
), catalogue AS (
    SELECT * FROM unnest(@Metrics::text[], @Defaults::float8[]) AS c(metric_id, target)
), chosen AS (
    -- false sorts before true: a target naming the court, then one naming the category, comes first
    SELECT DISTINCT ON (s.court_id, t.metric_id) s.court_id, t.metric_id, t.target
    FROM scopes s
    JOIN measure_targets t ON (t.court_id IS NULL OR t.court_id = s.court_id)
                          AND (t.category_id IS NULL OR t.category_id = (SELECT id FROM category))
    ORDER BY s.court_id, t.metric_id, t.court_id IS NULL, t.category_id IS NULL
), standards AS (
    SELECT 'within_standard_' || row_number() OVER (ORDER BY within_days) AS metric_id, target_share::float8 AS target
    FROM time_standards
    WHERE category_id = (SELECT id FROM category)
)
SELECT s.court_id AS "CourtId", c.metric_id AS "Metric", coalesce(x.target, st.target, c.target) AS "Target"
FROM scopes s
CROSS JOIN catalogue c
LEFT JOIN chosen x ON x.court_id IS NOT DISTINCT FROM s.court_id AND x.metric_id = c.metric_id
LEFT JOIN standards st ON st.metric_id = c.metric_id
WHERE coalesce(x.target, st.target, c.target) IS NOT NULL
ORDER BY s.court_id NULLS FIRST, c.metric_id;
