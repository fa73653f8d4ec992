-- Converts the staged budget lines once (court codes → ids, text → year, amounts and dates) and records every
-- problem, set-based: missing values, unknown courts and items, impossible or future years and dates, amounts that
-- are not numbers or negative, and ids repeated within the file (ingest/repeated-ids.sql, as for cases).
ANALYZE import_raw;  -- a temporary table has no statistics until asked: the join below needs them.
CREATE TEMP TABLE import_budget ON COMMIT DROP AS
SELECT r.line, r.source_system, r.source_id, r.court, c.id AS court_id,
       r.fiscal_year AS year_raw, CASE WHEN r.fiscal_year ~ '^\s*\d{4}\s*$' THEN btrim(r.fiscal_year)::int END AS fiscal_year,
       r.item AS item_raw, lower(r.item) AS item,
       r.allocated AS allocated_raw, cm_import_number(r.allocated, @decimalComma, @thousands::text) AS allocated,
       r.spent AS spent_raw, cm_import_number(r.spent, @decimalComma, @thousands::text) AS spent,
       r.booked_on AS booked_raw, cm_import_date(r.booked_on) AS booked_on
FROM import_raw r
LEFT JOIN courts c ON c.code = r.court;
ANALYZE import_budget;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, p.column_name, p.reason, p.value
FROM import_budget t
CROSS JOIN LATERAL (VALUES
    -- Ids are keys of a unique index, which cannot hold an entry of more than about 2.7 kB: 200 characters, as the API.
    ('source_system', t.source_system, CASE WHEN t.source_system IS NULL THEN 'required value missing'
                                            WHEN length(t.source_system) > 200 THEN 'longer than 200 characters' END),
    ('source_id', t.source_id, CASE WHEN t.source_id IS NULL THEN 'required value missing'
                                    WHEN length(t.source_id) > 200 THEN 'longer than 200 characters' END),
    ('court', t.court, CASE WHEN t.court IS NULL THEN 'required value missing'
                            WHEN t.court_id IS NULL THEN 'unknown court code' END),
    ('fiscal_year', t.year_raw, CASE WHEN t.year_raw IS NULL THEN 'required value missing'
                                     WHEN t.fiscal_year IS NULL THEN 'not a year (yyyy)'
                                     WHEN t.fiscal_year < 1900 THEN 'impossible year (before 1900)'
                                     WHEN t.fiscal_year > extract(year FROM current_date) + 1 THEN 'year in the future' END),
    ('item', t.item_raw, CASE WHEN t.item_raw IS NULL THEN 'required value missing'
                              WHEN t.item NOT IN ('personnel', 'operations', 'technology', 'capital')
                              THEN 'not personnel, operations, technology or capital' END),
    ('allocated', t.allocated_raw, CASE WHEN t.allocated_raw IS NULL THEN NULL
                                        WHEN t.allocated IS NULL THEN 'not a number'
                                        WHEN t.allocated < 0 THEN 'negative amount'
                                        WHEN t.allocated >= 1e14 THEN 'amount too large' END),
    ('spent', t.spent_raw, CASE WHEN t.spent_raw IS NULL THEN NULL
                                WHEN t.spent IS NULL THEN 'not a number'
                                WHEN t.spent < 0 THEN 'negative amount'
                                WHEN t.spent >= 1e14 THEN 'amount too large' END),
    ('booked_on', t.booked_raw, CASE WHEN t.booked_raw IS NULL THEN 'required value missing'
                                     WHEN t.booked_on IS NULL THEN 'not a date (yyyy-mm-dd)'
                                     WHEN t.booked_on > current_date THEN 'date in the future'
                                     WHEN t.booked_on < date '1900-01-01' THEN 'impossible date (before 1900)' END)
) AS p(column_name, value, reason)
WHERE p.reason IS NOT NULL;

-- The ids and contents that ingest/repeated-ids.sql compares (run after this file).
CREATE TEMP VIEW import_ids AS
SELECT line, source_system, source_id, (court, year_raw, item_raw, allocated_raw, spent_raw, booked_raw)::text AS content FROM import_budget;
