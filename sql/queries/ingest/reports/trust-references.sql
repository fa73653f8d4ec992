-- Before the merge of checked reports, as for cases (ingest/cases/trust-references.sql, which says why): the
-- courts and categories they refer to are locked FOR KEY SHARE and, when every one is still there, the foreign-key
-- triggers of reported_statistics (two queries per report) are skipped for the merge. reported_statistics has no
-- other triggers. Nothing is set when the role may not set session_replication_role: one row (true) when it was.
WITH courts_locked AS (
    SELECT id FROM courts WHERE id IN (SELECT court_id FROM import_reports) FOR KEY SHARE
), categories_locked AS (
    SELECT id FROM case_categories WHERE id IN (SELECT category_id FROM import_reports) FOR KEY SHARE
), referenced AS (
    SELECT count(DISTINCT court_id) AS courts, count(DISTINCT category_id) AS categories FROM import_reports
)
SELECT set_config('session_replication_role', 'replica', true) = 'replica'
FROM referenced r
WHERE CASE WHEN has_parameter_privilege('session_replication_role', 'SET')
                AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'reported_statistics'::regclass AND NOT tgisinternal)
           THEN r.courts = (SELECT count(*) FROM courts_locked) AND r.categories = (SELECT count(*) FROM categories_locked)
           ELSE false END;
