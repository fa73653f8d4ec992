SELECT t.id AS "Id", t.metric_id AS "Metric", t.court_id AS "CourtId", k.code AS "Category", t.target AS "Target",
       t.updated_at AS "UpdatedAt", t.updated_by AS "UpdatedBy"
FROM measure_targets t
LEFT JOIN case_categories k ON k.id = t.category_id
ORDER BY t.metric_id, t.court_id NULLS FIRST, k.code NULLS FIRST;
