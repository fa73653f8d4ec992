-- Writes the good staged cases by source ids: first the stored cases whose values changed are updated, then the
-- new ids are inserted (after the update, so it never scans rows this import has just written). A row equal to the stored one is not touched, so importing a file again changes nothing (and
-- marks no cells for aggregation). Which ids are stored already was found by check.sql (case_id), so the new ones
-- go in by a plain insert — no speculative index probe per row as INSERT … ON CONFLICT makes, and no lookup into
-- the table being written. An id inserted meanwhile by a concurrent import makes this one fail as a whole (the
-- unique constraint), and nothing is written.
CREATE TEMP TABLE import_updated ON COMMIT DROP AS
WITH updated AS (
    UPDATE cases SET
        court_id = t.court_id, category_id = t.category_id, filed_on = t.filed_on, disposed_on = t.disposed_on,
        filing_channel = t.filing_channel, extraterritorial = coalesce(t.extraterritorial, false),
        ai_assisted = coalesce(t.ai_assisted, false), updated_at = now()
    FROM import_cases t
    WHERE t.case_id IS NOT NULL AND cases.id = t.case_id
      AND NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
      AND (cases.court_id, cases.category_id, cases.filed_on, cases.disposed_on, cases.filing_channel,
           cases.extraterritorial, cases.ai_assisted)
          IS DISTINCT FROM
          (t.court_id, t.category_id, t.filed_on, t.disposed_on, t.filing_channel,
           coalesce(t.extraterritorial, false), coalesce(t.ai_assisted, false))
    RETURNING 1
)
SELECT count(*) AS updated FROM updated;

WITH inserted AS (
    INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel,
                       extraterritorial, ai_assisted)
    SELECT t.source_system, t.source_id, t.court_id, t.category_id, t.filed_on, t.disposed_on, t.filing_channel,
           coalesce(t.extraterritorial, false), coalesce(t.ai_assisted, false)
    FROM import_cases t
    WHERE t.case_id IS NULL AND NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
    RETURNING 1
)
SELECT count(*) AS inserted, (SELECT updated FROM import_updated) AS updated FROM inserted;
