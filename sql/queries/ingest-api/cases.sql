-- The state each case of the batch ends in, as one row per case in the CSV import's staging table (import_raw),
-- so the CSV import's check and merge (ingest/cases/check.sql, merge.sql) serve the API too. A case starts as
-- stored (if it is) and items apply in order: for each field the last item that sets it wins. case_filed sets
-- the filing fields (and disposed_on only if it names it), case_disposed and case_reopened set or clear
-- disposed_on, case_corrected sets the fields it names. api_cases remembers which item set each field, so a
-- problem the check finds is reported on that item.
CREATE TEMP TABLE api_case_fields ON COMMIT DROP AS
SELECT DISTINCT ON (i.item ->> 'case_id', f.field)
       i.item ->> 'case_id' AS case_id, f.field, i.idx,
       CASE WHEN i.kind <> 'case_reopened' THEN i.item ->> f.field END AS value
FROM api_items i
CROSS JOIN unnest(ARRAY['court', 'category', 'filed_on', 'disposed_on', 'filing_channel', 'extraterritorial', 'ai_assisted']) AS f(field)
WHERE i.item ->> 'case_id' IS NOT NULL
  AND CASE i.kind WHEN 'case_filed' THEN f.field <> 'disposed_on' OR i.item ? 'disposed_on'
                  WHEN 'case_disposed' THEN f.field = 'disposed_on'
                  WHEN 'case_reopened' THEN f.field = 'disposed_on'
                  WHEN 'case_corrected' THEN i.item ? f.field
                  ELSE false END
ORDER BY i.item ->> 'case_id', f.field, i.idx DESC;

CREATE TEMP TABLE api_cases ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY s.case_id))::integer AS line, s.*
FROM (SELECT case_id, min(idx) AS first_item,
             max(idx) FILTER (WHERE field = 'court') AS court_item, max(value) FILTER (WHERE field = 'court') AS court,
             max(idx) FILTER (WHERE field = 'category') AS category_item, max(value) FILTER (WHERE field = 'category') AS category,
             max(idx) FILTER (WHERE field = 'filed_on') AS filed_item, max(value) FILTER (WHERE field = 'filed_on') AS filed_on,
             max(idx) FILTER (WHERE field = 'disposed_on') AS disposed_item, max(value) FILTER (WHERE field = 'disposed_on') AS disposed_on,
             max(idx) FILTER (WHERE field = 'filing_channel') AS channel_item, max(value) FILTER (WHERE field = 'filing_channel') AS filing_channel,
             max(idx) FILTER (WHERE field = 'extraterritorial') AS extraterritorial_item, max(value) FILTER (WHERE field = 'extraterritorial') AS extraterritorial,
             max(idx) FILTER (WHERE field = 'ai_assisted') AS ai_item, max(value) FILTER (WHERE field = 'ai_assisted') AS ai_assisted
      FROM api_case_fields GROUP BY case_id) AS s;

-- Cases neither stored nor filed in the batch were reported by check.sql; they have no state to check.
INSERT INTO import_raw (line, source_system, source_id, court, category, filed_on, disposed_on, filing_channel,
                        extraterritorial, ai_assisted)
SELECT a.line, @system, a.case_id,
       CASE WHEN a.court_item IS NULL THEN co.code ELSE a.court END,
       CASE WHEN a.category_item IS NULL THEN k.code ELSE a.category END,
       CASE WHEN a.filed_item IS NULL THEN c.filed_on::text ELSE a.filed_on END,
       CASE WHEN a.disposed_item IS NULL THEN c.disposed_on::text ELSE a.disposed_on END,
       CASE WHEN a.channel_item IS NULL THEN c.filing_channel ELSE a.filing_channel END,
       CASE WHEN a.extraterritorial_item IS NULL THEN c.extraterritorial::text ELSE a.extraterritorial END,
       CASE WHEN a.ai_item IS NULL THEN c.ai_assisted::text ELSE a.ai_assisted END
FROM api_cases a
LEFT JOIN cases c ON c.source_system = @system AND c.source_id = a.case_id
LEFT JOIN courts co ON co.id = c.court_id
LEFT JOIN case_categories k ON k.id = c.category_id
WHERE c.id IS NOT NULL OR a.filed_item IS NOT NULL;
