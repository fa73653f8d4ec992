-- Writes a court system (@Document: the whole of it, checked by CourtSystem/CourtSystemRules and conflicts.sql)
-- in the caller's transaction: entries are matched by code, new ones numbered after the highest id, those left
-- out removed; figures by year, time standards, the economy and the budget floor are replaced. The one-name
-- columns get the name in the first language; population, population served and judges the latest year's figure.
UPDATE court_system_settings
SET languages = ARRAY(SELECT jsonb_array_elements_text(@Document::jsonb -> 'languages')),
    currency = @Document::jsonb ->> 'currency',
    fiscal_year_start_month = coalesce((@Document::jsonb ->> 'fiscalYearStartMonth')::smallint, 1),
    names = coalesce(@Document::jsonb -> 'names', '{}'),
    updated_at = now();

INSERT INTO court_levels (code, rank, names)
SELECT l.value ->> 'code', 100 + l.ordinality, l.value -> 'names'
FROM jsonb_array_elements(@Document::jsonb -> 'levels') WITH ORDINALITY l
ON CONFLICT (code) DO UPDATE SET names = excluded.names;
-- Ranks in two steps, so no two levels ever hold one rank.
UPDATE court_levels SET rank = rank + 1000;
UPDATE court_levels l SET rank = g.ordinality
FROM jsonb_array_elements(@Document::jsonb -> 'levels') WITH ORDINALITY g WHERE g.value ->> 'code' = l.code;

INSERT INTO regions (id, code, name, names, population, outline, tile_column, tile_row)
SELECT (SELECT coalesce(max(id), 0) FROM regions) + r.ordinality, r.value ->> 'code',
       cm_name(r.value -> 'names', NULL, r.value ->> 'code'), r.value -> 'names',
       coalesce(cm_latest_figure(r.value -> 'years', 'population'), 0),
       r.value -> 'outline', (r.value -> 'tile' ->> 'column')::smallint, (r.value -> 'tile' ->> 'row')::smallint
FROM jsonb_array_elements(@Document::jsonb -> 'regions') WITH ORDINALITY r
ON CONFLICT (code) DO UPDATE SET name = excluded.name, names = excluded.names, population = excluded.population,
    outline = excluded.outline, tile_column = excluded.tile_column, tile_row = excluded.tile_row;

INSERT INTO case_categories (id, code, name, names)
SELECT (SELECT coalesce(max(id), 0) FROM case_categories) + k.ordinality, k.value ->> 'code',
       cm_name(k.value -> 'names', NULL, k.value ->> 'code'), k.value -> 'names'
FROM jsonb_array_elements(@Document::jsonb -> 'categories') WITH ORDINALITY k
ON CONFLICT (code) DO UPDATE SET name = excluded.name, names = excluded.names;

INSERT INTO courts (id, code, name, names, region_id, level, population_served, judges, opened_on, closed_on)
SELECT (SELECT coalesce(max(id), 0) FROM courts) + c.ordinality, c.value ->> 'code',
       cm_name(c.value -> 'names', NULL, c.value ->> 'code'), c.value -> 'names',
       (SELECT id FROM regions WHERE code = c.value ->> 'region'), c.value ->> 'level',
       coalesce(cm_latest_figure(c.value -> 'years', 'populationServed'), 0),
       coalesce(round(cm_latest_figure(c.value -> 'years', 'judges')), 0),
       (c.value ->> 'opened')::date, (c.value ->> 'closed')::date
FROM jsonb_array_elements(@Document::jsonb -> 'courts') WITH ORDINALITY c
ON CONFLICT (code) DO UPDATE SET name = excluded.name, names = excluded.names, region_id = excluded.region_id,
    level = excluded.level, population_served = excluded.population_served, judges = excluded.judges,
    opened_on = excluded.opened_on, closed_on = excluded.closed_on;

UPDATE courts c SET parent_id = p.id
FROM jsonb_array_elements(@Document::jsonb -> 'courts') g LEFT JOIN courts p ON p.code = g ->> 'parent'
WHERE g ->> 'code' = c.code AND c.parent_id IS DISTINCT FROM p.id;

-- Removed entries (none of them holds data: conflicts.sql said so first).
UPDATE courts SET parent_id = NULL
WHERE parent_id IN (SELECT id FROM courts WHERE code NOT IN (SELECT g ->> 'code' FROM jsonb_array_elements(@Document::jsonb -> 'courts') g));
DELETE FROM courts WHERE code NOT IN (SELECT g ->> 'code' FROM jsonb_array_elements(@Document::jsonb -> 'courts') g);
DELETE FROM regions WHERE code NOT IN (SELECT g ->> 'code' FROM jsonb_array_elements(@Document::jsonb -> 'regions') g);
DELETE FROM time_standards;
DELETE FROM case_categories WHERE code NOT IN (SELECT g ->> 'code' FROM jsonb_array_elements(@Document::jsonb -> 'categories') g);
DELETE FROM court_levels WHERE code NOT IN (SELECT g ->> 'code' FROM jsonb_array_elements(@Document::jsonb -> 'levels') g);

INSERT INTO time_standards (category_id, within_days, target_share)
SELECT k.id, (s ->> 'withinDays')::int, (s ->> 'targetShare')::numeric
FROM jsonb_array_elements(@Document::jsonb -> 'categories') g
JOIN case_categories k ON k.code = g ->> 'code', jsonb_array_elements(g -> 'standards') s;

DELETE FROM region_years;
INSERT INTO region_years (region_id, year, population, gdp)
SELECT r.id, (y ->> 'year')::smallint, (y ->> 'population')::bigint, (y ->> 'gdp')::numeric
FROM jsonb_array_elements(@Document::jsonb -> 'regions') g JOIN regions r ON r.code = g ->> 'code',
     jsonb_array_elements(coalesce(g -> 'years', '[]')) y;

DELETE FROM court_years;
INSERT INTO court_years (court_id, year, population_served, judges, gdp)
SELECT c.id, (y ->> 'year')::smallint, (y ->> 'populationServed')::bigint, (y ->> 'judges')::numeric, (y ->> 'gdp')::numeric
FROM jsonb_array_elements(@Document::jsonb -> 'courts') g JOIN courts c ON c.code = g ->> 'code',
     jsonb_array_elements(coalesce(g -> 'years', '[]')) y;

DELETE FROM national_economy;
INSERT INTO national_economy (year, gdp, state_budget)
SELECT (e ->> 'year')::smallint, (e ->> 'gdp')::numeric, (e ->> 'stateBudget')::numeric
FROM jsonb_array_elements(@Document::jsonb -> 'economy') e;

DELETE FROM budget_floor;
INSERT INTO budget_floor (year, share_of_state_budget, legal_basis)
SELECT (f ->> 'year')::smallint, (f ->> 'shareOfStateBudget')::numeric, f ->> 'legalBasis'
FROM jsonb_array_elements(@Document::jsonb -> 'budgetFloor') f;
