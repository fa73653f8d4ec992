-- Converts the staged yearly statistics once and records every problem, set-based: a missing unit or year, a
-- year that is not one (or lies in the future), an unknown unit kind, numbers that are not numbers, negative,
-- or fractional counts, and the same unit and year twice in the file (every occurrence is rejected).
ANALYZE import_raw;  -- a temporary table has no statistics until asked.
CREATE TEMP TABLE import_yearly ON COMMIT DROP AS
SELECT r.line, r.unit, r.year AS year_raw,
       CASE WHEN r.year ~ '^\s*\d{4}\s*$' THEN btrim(r.year)::int END AS year,
       r.unit_name, r.unit_kind AS kind_raw, lower(r.unit_kind) AS unit_kind, r.parent_unit,
       n.*
FROM import_raw r
CROSS JOIN LATERAL (SELECT
    r.incoming AS incoming_raw, cm_import_number(r.incoming, @decimalComma, @thousands::text) AS incoming,
    r.resolved AS resolved_raw, cm_import_number(r.resolved, @decimalComma, @thousands::text) AS resolved,
    r.pending_start AS pending_start_raw, cm_import_number(r.pending_start, @decimalComma, @thousands::text) AS pending_start,
    r.pending_end AS pending_end_raw, cm_import_number(r.pending_end, @decimalComma, @thousands::text) AS pending_end,
    r.spending AS spending_raw, cm_import_number(r.spending, @decimalComma, @thousands::text) AS spending,
    r.population AS population_raw, cm_import_number(r.population, @decimalComma, @thousands::text) AS population,
    r.gdp AS gdp_raw, cm_import_number(r.gdp, @decimalComma, @thousands::text) AS gdp,
    r.judges AS judges_raw, cm_import_number(r.judges, @decimalComma, @thousands::text) AS judges) AS n;
ANALYZE import_yearly;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, p.column_name, p.reason, p.value
FROM import_yearly t
CROSS JOIN LATERAL (VALUES
    -- Unit codes are keys of a unique index, which cannot hold an entry of more than about 2.7 kB: 200 characters.
    ('unit', t.unit, CASE WHEN t.unit IS NULL THEN 'required value missing'
                          WHEN length(t.unit) > 200 THEN 'longer than 200 characters' END),
    ('parent_unit', t.parent_unit, CASE WHEN length(t.parent_unit) > 200 THEN 'longer than 200 characters' END),
    ('year', t.year_raw, CASE WHEN t.year_raw IS NULL THEN 'required value missing'
                              WHEN t.year IS NULL THEN 'not a year (yyyy)'
                              WHEN t.year < 1900 THEN 'impossible year (before 1900)'
                              WHEN t.year > extract(year FROM current_date) THEN 'year in the future' END),
    ('unit_kind', t.kind_raw, CASE WHEN t.unit_kind NOT IN ('court', 'section', 'region', 'country', 'other')
                                   THEN 'not court, section, region, country or other' END)
) AS p(column_name, value, reason)
WHERE p.reason IS NOT NULL
UNION ALL
SELECT t.line, v.column_name, n.reason, v.raw
FROM import_yearly t
CROSS JOIN LATERAL (VALUES
    ('incoming', t.incoming_raw, t.incoming, true), ('resolved', t.resolved_raw, t.resolved, true),
    ('pending_start', t.pending_start_raw, t.pending_start, true), ('pending_end', t.pending_end_raw, t.pending_end, true),
    ('spending', t.spending_raw, t.spending, false), ('population', t.population_raw, t.population, true),
    ('gdp', t.gdp_raw, t.gdp, false), ('judges', t.judges_raw, t.judges, false)
) AS v(column_name, raw, value, whole)
CROSS JOIN LATERAL (SELECT CASE WHEN v.raw IS NULL THEN NULL
                                WHEN v.value IS NULL THEN 'not a number'
                                WHEN v.value < 0 THEN 'negative amount'
                                WHEN v.whole AND v.value <> trunc(v.value) THEN 'not a whole number' END) AS n(reason)
WHERE n.reason IS NOT NULL;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, 'year', 'unit and year repeated within the file', t.unit || ' ' || t.year || ' (lines ' || d.lines || ')'
FROM import_yearly t
JOIN (SELECT unit, year, array_to_string((array_agg(line ORDER BY line))[1:5], ', ') AS lines
      FROM import_yearly WHERE unit IS NOT NULL AND year IS NOT NULL
      GROUP BY unit, year HAVING count(*) > 1) AS d USING (unit, year)
ORDER BY t.line;
