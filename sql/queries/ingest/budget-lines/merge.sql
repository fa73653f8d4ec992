-- Upserts the good staged budget lines by source ids in one statement. A line equal to the stored one is not
-- touched, so importing a file again changes nothing (and marks no cells for aggregation).
WITH merged AS (
    INSERT INTO budget_lines (source_system, source_id, court_id, fiscal_year, item, allocated, spent, booked_on)
    SELECT t.source_system, t.source_id, t.court_id, t.fiscal_year, t.item, coalesce(t.allocated, 0),
           coalesce(t.spent, 0), t.booked_on
    FROM import_budget t
    WHERE NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
    ON CONFLICT (source_system, source_id) DO UPDATE SET
        court_id = excluded.court_id, fiscal_year = excluded.fiscal_year, item = excluded.item,
        allocated = excluded.allocated, spent = excluded.spent, booked_on = excluded.booked_on
    WHERE (budget_lines.court_id, budget_lines.fiscal_year, budget_lines.item, budget_lines.allocated,
           budget_lines.spent, budget_lines.booked_on)
          IS DISTINCT FROM
          (excluded.court_id, excluded.fiscal_year, excluded.item, excluded.allocated, excluded.spent, excluded.booked_on)
    RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM merged;
