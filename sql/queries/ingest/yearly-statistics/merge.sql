-- Upserts the units (by code; the last line of a unit names it) and then their yearly rows (by unit and year).
-- A year's row is replaced as a whole: a figure the file leaves empty becomes unknown. Rows equal to the stored
-- ones are not touched, so importing a file again changes nothing.
INSERT INTO statistics_units (code, name, kind, parent_code)
SELECT DISTINCT ON (t.unit) t.unit, coalesce(t.unit_name, t.unit), coalesce(t.unit_kind, 'court'), t.parent_unit
FROM import_yearly t
WHERE NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
ORDER BY t.unit, t.line DESC
ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code
WHERE (statistics_units.name, statistics_units.kind, statistics_units.parent_code)
      IS DISTINCT FROM (excluded.name, excluded.kind, excluded.parent_code);

WITH merged AS (
    INSERT INTO yearly_statistics (unit_id, year, incoming, resolved, pending_start, pending_end, spending,
                                   population, gdp, judges)
    SELECT u.id, t.year, t.incoming, t.resolved, t.pending_start, t.pending_end, t.spending, t.population, t.gdp, t.judges
    FROM import_yearly t JOIN statistics_units u ON u.code = t.unit
    WHERE NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
    ON CONFLICT (unit_id, year) DO UPDATE SET
        incoming = excluded.incoming, resolved = excluded.resolved, pending_start = excluded.pending_start,
        pending_end = excluded.pending_end, spending = excluded.spending, population = excluded.population,
        gdp = excluded.gdp, judges = excluded.judges, updated_at = now()
    WHERE (yearly_statistics.incoming, yearly_statistics.resolved, yearly_statistics.pending_start,
           yearly_statistics.pending_end, yearly_statistics.spending, yearly_statistics.population,
           yearly_statistics.gdp, yearly_statistics.judges)
          IS DISTINCT FROM
          (excluded.incoming, excluded.resolved, excluded.pending_start, excluded.pending_end, excluded.spending,
           excluded.population, excluded.gdp, excluded.judges)
    RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM merged;
