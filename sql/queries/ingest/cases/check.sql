-- Converts the staged cases and judges every field in one pass (codes → ids, the stored case's id if there is one,
-- text → dates and booleans; a reason per field, NULL when it is good), then records the problems of the bad rows only, set-based: missing values,
-- unknown courts and categories, impossible or future dates, a filing outside its court's opening and closing,
-- a disposition before its filing, and ids repeated
-- within the file (ingest/repeated-ids.sql, through the view import_ids at the end).
ANALYZE import_raw;  -- a temporary table has no statistics until asked: the joins below need them.
CREATE TEMP TABLE import_cases ON COMMIT DROP AS
SELECT v.*,
       -- Ids are keys of a unique index, which cannot hold an entry of more than about 2.7 kB: 200 characters, as the API.
       CASE WHEN v.source_system IS NULL THEN 'required value missing'
            WHEN length(v.source_system) > 200 THEN 'longer than 200 characters' END AS source_system_problem,
       CASE WHEN v.source_id IS NULL THEN 'required value missing'
            WHEN length(v.source_id) > 200 THEN 'longer than 200 characters' END AS source_id_problem,
       CASE WHEN v.court IS NULL THEN 'required value missing'
            WHEN v.court_id IS NULL THEN 'unknown court code' END AS court_problem,
       CASE WHEN v.category IS NULL THEN 'required value missing'
            WHEN v.category_id IS NULL THEN 'unknown case category code' END AS category_problem,
       -- cm_ingest_date_problem (0013): the one date rule of every import, the ingestion API's too.
       CASE WHEN v.filed_raw IS NULL THEN 'required value missing'
            -- a closed court takes no cases after its last day, a court not yet opened none before its first
            WHEN v.filed_on > v.court_closed_on THEN 'the court closed on ' || v.court_closed_on || ', before this filing'
            WHEN v.filed_on < v.court_opened_on THEN 'the court opened on ' || v.court_opened_on || ', after this filing'
            ELSE cm_ingest_date_problem(v.filed_raw, v.filed_on) END AS filed_problem,
       coalesce(cm_ingest_date_problem(v.disposed_raw, v.disposed_on),
                CASE WHEN v.disposed_on < v.filed_on THEN 'disposed before it was filed' END) AS disposed_problem,
       CASE WHEN v.channel_raw IS NULL THEN 'required value missing'
            WHEN v.filing_channel NOT IN ('electronic', 'paper') THEN 'not electronic or paper' END AS channel_problem,
       CASE WHEN v.extraterritorial_raw IS NOT NULL AND v.extraterritorial IS NULL THEN 'not true or false' END AS extraterritorial_problem,
       CASE WHEN v.ai_raw IS NOT NULL AND v.ai_assisted IS NULL THEN 'not true or false' END AS ai_problem
FROM (SELECT r.line, r.source_system, r.source_id, s.id AS case_id, r.court, r.category,
             c.id AS court_id, c.opened_on AS court_opened_on, c.closed_on AS court_closed_on, k.id AS category_id,
             r.filed_on AS filed_raw, cm_import_date(r.filed_on) AS filed_on,
             r.disposed_on AS disposed_raw, cm_import_date(r.disposed_on) AS disposed_on,
             r.filing_channel AS channel_raw, lower(r.filing_channel) AS filing_channel,
             r.extraterritorial AS extraterritorial_raw, cm_import_boolean(r.extraterritorial) AS extraterritorial,
             r.ai_assisted AS ai_raw, cm_import_boolean(r.ai_assisted) AS ai_assisted
      FROM import_raw r
      LEFT JOIN courts c ON c.code = r.court
      LEFT JOIN case_categories k ON k.code = r.category
      LEFT JOIN cases s ON s.source_system = r.source_system AND s.source_id = r.source_id
      OFFSET 0) AS v;  -- a fence: each conversion is computed once, not again in every judgement that reads it
ANALYZE import_cases;

-- Only the bad rows are spread into one row per field (a good file costs one scan here).
INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, p.column_name, p.reason, p.value
FROM import_cases t
CROSS JOIN LATERAL (VALUES
    ('source_system', t.source_system, t.source_system_problem), ('source_id', t.source_id, t.source_id_problem),
    ('court', t.court, t.court_problem), ('category', t.category, t.category_problem),
    ('filed_on', t.filed_raw, t.filed_problem), ('disposed_on', t.disposed_raw, t.disposed_problem),
    ('filing_channel', t.channel_raw, t.channel_problem), ('extraterritorial', t.extraterritorial_raw, t.extraterritorial_problem),
    ('ai_assisted', t.ai_raw, t.ai_problem)
) AS p(column_name, value, reason)
WHERE num_nonnulls(t.source_system_problem, t.source_id_problem, t.court_problem, t.category_problem, t.filed_problem,
                   t.disposed_problem, t.channel_problem, t.extraterritorial_problem, t.ai_problem) > 0
  AND p.reason IS NOT NULL;

-- The ids and contents that ingest/repeated-ids.sql compares (run after this file).
CREATE TEMP VIEW import_ids AS
SELECT line, source_system, source_id, (court, category, filed_raw, disposed_raw, channel_raw, extraterritorial_raw, ai_raw)::text AS content FROM import_cases;
