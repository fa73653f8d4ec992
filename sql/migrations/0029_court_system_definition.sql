-- The court system is the administrator's data (CourtSystem/, `import court-system`): names in each offered
-- language, court levels the system defines, parent courts, opening and closing dates, population, GDP and judges
-- by year, region outlines, and the system's settings. The single-language `name` columns stay, kept equal to the
-- name in the first offered language, so every reader that shows one name goes on working.

CREATE TABLE court_system_settings (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    languages text[] NOT NULL DEFAULT '{en,kk,ru}'
        CHECK (cardinality(languages) BETWEEN 1 AND 12 AND array_position(languages, NULL) IS NULL),
    currency text CHECK (currency ~ '^[A-Z]{3}$'),
    fiscal_year_start_month smallint NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO court_system_settings DEFAULT VALUES;

-- Levels from the top (rank 1) down; the lowest level is the first instance, whose areas do not overlap.
CREATE TABLE court_levels (
    code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    rank smallint NOT NULL UNIQUE CHECK (rank > 0),
    names jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(names) = 'object')
);
INSERT INTO court_levels (code, rank, names) VALUES
    ('supreme', 1, '{"en": "Supreme court", "kk": "Жоғарғы сот", "ru": "Верховный суд"}'),
    ('regional', 2, '{"en": "Regional court", "kk": "Облыстық сот", "ru": "Областной суд"}'),
    ('district', 3, '{"en": "District court", "kk": "Аудандық сот", "ru": "Районный суд"}');

ALTER TABLE courts DROP CONSTRAINT courts_level_check;
ALTER TABLE courts ADD CONSTRAINT courts_level_fkey FOREIGN KEY (level) REFERENCES court_levels (code) ON UPDATE CASCADE;
ALTER TABLE courts
    ADD COLUMN names jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(names) = 'object'),
    ADD COLUMN parent_id integer REFERENCES courts (id),
    ADD COLUMN opened_on date,
    ADD COLUMN closed_on date,
    ADD CONSTRAINT courts_closed_after_opened CHECK (closed_on >= opened_on),
    ADD CONSTRAINT courts_not_own_parent CHECK (parent_id <> id);
UPDATE courts SET names = jsonb_build_object('en', name);

ALTER TABLE regions
    ADD COLUMN names jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(names) = 'object'),
    ADD COLUMN outline jsonb CHECK (jsonb_typeof(outline) = 'object'),
    ADD COLUMN tile_column smallint CHECK (tile_column BETWEEN 0 AND 99),
    ADD COLUMN tile_row smallint CHECK (tile_row BETWEEN 0 AND 99);
UPDATE regions SET names = jsonb_build_object('en', name);

ALTER TABLE case_categories ADD COLUMN names jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(names) = 'object');
UPDATE case_categories SET names = jsonb_build_object('en', name);

CREATE TABLE region_years (
    region_id smallint NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    year smallint NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    population bigint CHECK (population >= 0),
    gdp numeric(22, 2) CHECK (gdp >= 0),
    PRIMARY KEY (region_id, year)
);
INSERT INTO region_years (region_id, year, population)
SELECT id, extract(year FROM now())::smallint, population FROM regions;

CREATE TABLE court_years (
    court_id integer NOT NULL REFERENCES courts (id) ON DELETE CASCADE,
    year smallint NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    population_served bigint CHECK (population_served >= 0),
    judges numeric(10, 2) CHECK (judges >= 0),
    PRIMARY KEY (court_id, year)
);
INSERT INTO court_years (court_id, year, population_served, judges)
SELECT id, extract(year FROM now())::smallint, population_served, judges FROM courts;

-- The name of a court, region, category or level in a language: that language's, else the first offered
-- language's, else any given, else the code. The fallback every reader states and uses.
CREATE FUNCTION cm_name(names jsonb, language text, code text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(names ->> language, ''),
                    nullif(names ->> (SELECT languages[1] FROM court_system_settings), ''),
                    (SELECT value FROM jsonb_each_text(names) WHERE value <> '' ORDER BY key LIMIT 1),
                    code)
$$;

-- The population a set of courts serves: the first instance's areas (the lowest level) add up; higher courts'
-- areas overlap them, so a set of those alone serves the largest of its areas.
CREATE OR REPLACE FUNCTION cm_scope_population(court_ids integer[], region smallint) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN court_ids IS NULL
                THEN (SELECT sum(population) FROM regions WHERE region IS NULL OR id = region)
                ELSE (SELECT coalesce(sum(population_served) FILTER (
                                          WHERE level = (SELECT code FROM court_levels ORDER BY rank DESC LIMIT 1)),
                                      max(population_served))
                      FROM courts WHERE id = ANY (court_ids) AND (region IS NULL OR region_id = region))
           END
$$;

-- A figure from a list of years ([{"year": 2024, "population": …}, …]): that of the latest year not after this one,
-- else of the nearest year to come. The one-figure columns (regions.population, courts.judges, …) hold it.
CREATE FUNCTION cm_latest_figure(years jsonb, field text) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT (y ->> field)::numeric
    FROM jsonb_array_elements(coalesce(years, '[]')) y
    WHERE y ->> field IS NOT NULL
    ORDER BY (y ->> 'year')::int <= extract(year FROM now()) DESC, abs((y ->> 'year')::int - extract(year FROM now()))
    LIMIT 1
$$;
