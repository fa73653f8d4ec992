-- Before the merge of checked cases: the courts and categories they refer to are locked FOR KEY SHARE, the lock a
-- foreign-key check takes, so none can be deleted (or its id changed) before this import commits. check.sql found
-- each row's court_id and category_id by joining courts and case_categories, and the merge writes only rows whose
-- references were found; when every one of them is still there (none was deleted since the check), the foreign keys
-- of cases would prove nothing more, and PostgreSQL would prove it one query per row (two per case). So for the rest
-- of this transaction session_replication_role is set to replica, which skips the foreign-key triggers; the
-- triggers that record pending changes fire as ever (migration 0024 made them ALWAYS, checked here). NOT NULL,
-- CHECK and UNIQUE constraints are not triggers and hold as ever. Nothing is set when the role may not set
-- session_replication_role (then the foreign keys are checked as usual): one row (true) when it was set.
WITH courts_locked AS (
    SELECT id FROM courts WHERE id IN (SELECT court_id FROM import_cases) FOR KEY SHARE
), categories_locked AS (
    SELECT id FROM case_categories WHERE id IN (SELECT category_id FROM import_cases) FOR KEY SHARE
), referenced AS (
    SELECT count(DISTINCT court_id) AS courts, count(DISTINCT category_id) AS categories FROM import_cases
)
SELECT set_config('session_replication_role', 'replica', true) = 'replica'
FROM referenced r
WHERE CASE WHEN has_parameter_privilege('session_replication_role', 'SET')
                AND NOT EXISTS (SELECT 1 FROM pg_trigger
                                WHERE tgrelid = 'cases'::regclass AND NOT tgisinternal AND tgenabled <> 'A')
           -- (the references are locked only then: a role without the privilege imports exactly as before)
           THEN r.courts = (SELECT count(*) FROM courts_locked) AND r.categories = (SELECT count(*) FROM categories_locked)
           ELSE false END;
