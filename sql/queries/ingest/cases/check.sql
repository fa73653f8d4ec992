-- Converts the staged cases once (codes → ids, text → dates and booleans) and records every problem, set-based:
-- missing values, unknown courts and categories, impossible or future dates, a disposition before its filing,
-- ids repeated within the file (ingest/repeated-ids.sql, through the view import_ids at the end).
ANALYZE import_raw;  -- a temporary table has no statistics until asked: the joins below need them.
CREATE TEMP TABLE import_cases ON COMMIT DROP AS
SELECT r.line, r.source_system, r.source_id, r.court, r.category,
       c.id AS court_id, k.id AS category_id,
       r.filed_on AS filed_raw, cm_import_date(r.filed_on) AS filed_on,
       r.disposed_on AS disposed_raw, cm_import_date(r.disposed_on) AS disposed_on,
       r.filing_channel AS channel_raw, lower(r.filing_channel) AS filing_channel,
       r.extraterritorial AS extraterritorial_raw, cm_import_boolean(r.extraterritorial) AS extraterritorial,
       r.ai_assisted AS ai_raw, cm_import_boolean(r.ai_assisted) AS ai_assisted
FROM import_raw r
LEFT JOIN courts c ON c.code = r.court
LEFT JOIN case_categories k ON k.code = r.category;
ANALYZE import_cases;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, p.column_name, p.reason, p.value
FROM import_cases t
CROSS JOIN LATERAL (VALUES
    ('source_system', t.source_system, CASE WHEN t.source_system IS NULL THEN 'required value missing' END),
    ('source_id', t.source_id, CASE WHEN t.source_id IS NULL THEN 'required value missing' END),
    ('court', t.court, CASE WHEN t.court IS NULL THEN 'required value missing'
                            WHEN t.court_id IS NULL THEN 'unknown court code' END),
    ('category', t.category, CASE WHEN t.category IS NULL THEN 'required value missing'
                                  WHEN t.category_id IS NULL THEN 'unknown case category code' END),
    ('filed_on', t.filed_raw, CASE WHEN t.filed_raw IS NULL THEN 'required value missing'
                                   WHEN t.filed_on IS NULL THEN 'not a date (yyyy-mm-dd)'
                                   WHEN t.filed_on > current_date THEN 'date in the future'
                                   WHEN t.filed_on < date '1900-01-01' THEN 'impossible date (before 1900)' END),
    ('disposed_on', t.disposed_raw, CASE WHEN t.disposed_raw IS NULL THEN NULL
                                         WHEN t.disposed_on IS NULL THEN 'not a date (yyyy-mm-dd)'
                                         WHEN t.disposed_on > current_date THEN 'date in the future'
                                         WHEN t.disposed_on < t.filed_on THEN 'disposed before it was filed' END),
    ('filing_channel', t.channel_raw, CASE WHEN t.channel_raw IS NULL THEN 'required value missing'
                                           WHEN t.filing_channel NOT IN ('electronic', 'paper') THEN 'not electronic or paper' END),
    ('extraterritorial', t.extraterritorial_raw, CASE WHEN t.extraterritorial_raw IS NOT NULL AND t.extraterritorial IS NULL
                                                      THEN 'not true or false' END),
    ('ai_assisted', t.ai_raw, CASE WHEN t.ai_raw IS NOT NULL AND t.ai_assisted IS NULL THEN 'not true or false' END)
) AS p(column_name, value, reason)
WHERE p.reason IS NOT NULL;

-- The ids and contents that ingest/repeated-ids.sql compares (run after this file).
CREATE TEMP VIEW import_ids AS
SELECT line, source_system, source_id, (court, category, filed_raw, disposed_raw, channel_raw, extraterritorial_raw, ai_raw)::text AS content FROM import_cases;
