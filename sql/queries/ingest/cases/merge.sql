-- Upserts the good staged cases by source ids in one statement. A row equal to the stored one is not touched, so
-- importing a file again changes nothing (and marks no cells for aggregation).
WITH merged AS (
    INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel,
                       extraterritorial, ai_assisted)
    SELECT t.source_system, t.source_id, t.court_id, t.category_id, t.filed_on, t.disposed_on, t.filing_channel,
           coalesce(t.extraterritorial, false), coalesce(t.ai_assisted, false)
    FROM import_cases t
    WHERE NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
    ON CONFLICT (source_system, source_id) DO UPDATE SET
        court_id = excluded.court_id, category_id = excluded.category_id, filed_on = excluded.filed_on,
        disposed_on = excluded.disposed_on, filing_channel = excluded.filing_channel,
        extraterritorial = excluded.extraterritorial, ai_assisted = excluded.ai_assisted, updated_at = now()
    WHERE (cases.court_id, cases.category_id, cases.filed_on, cases.disposed_on, cases.filing_channel,
           cases.extraterritorial, cases.ai_assisted)
          IS DISTINCT FROM
          (excluded.court_id, excluded.category_id, excluded.filed_on, excluded.disposed_on, excluded.filing_channel,
           excluded.extraterritorial, excluded.ai_assisted)
    RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM merged;
