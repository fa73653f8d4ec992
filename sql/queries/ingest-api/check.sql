-- Checks every staged item set-based (@system: the key's source system; @courts: the courts it may serve, NULL
-- for all): shape and kind, unknown and missing fields, codes, dates, amounts, ids repeated with different values
-- and cases the system never sent. Case fields are checked again, with the case's stored state, by the CSV
-- import's own ingest/cases/check.sql (see cases.sql); the reasons are worded alike, so each is reported once.
ANALYZE api_items;

INSERT INTO api_problems (idx, field, reason, value)
SELECT idx, '(item)', 'not a JSON object', left(item::text, 100) FROM api_items WHERE jsonb_typeof(item) <> 'object'
UNION ALL
SELECT i.idx, 'kind',
       CASE WHEN i.kind IS NULL THEN 'required value missing'
            ELSE 'unknown kind (case_filed, case_disposed, case_reopened, case_corrected, judgment_published, hearing, budget_line, portal_use, report)' END,
       i.kind
FROM api_items i
WHERE jsonb_typeof(i.item) = 'object' AND NOT EXISTS (SELECT 1 FROM api_fields f WHERE f.kind = i.kind)
UNION ALL
SELECT i.idx, e.key,
       CASE WHEN f.field IS NULL THEN 'not a field of ' || i.kind ELSE 'not a single value (text, number, true or false)' END,
       left(e.value::text, 100)
FROM api_items i
CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(i.item) = 'object' THEN i.item END) AS e
LEFT JOIN api_fields f ON f.kind = i.kind AND f.field = e.key
WHERE e.key <> 'kind' AND EXISTS (SELECT 1 FROM api_fields k WHERE k.kind = i.kind)
  AND (f.field IS NULL OR jsonb_typeof(e.value) IN ('object', 'array'))
UNION ALL
SELECT i.idx, f.field, 'required value missing', NULL
FROM api_items i JOIN api_fields f ON f.kind = i.kind AND f.required
WHERE i.item ->> f.field IS NULL;

-- Reports are figures of whole periods, events are single happenings: a batch holds one or the other.
INSERT INTO api_problems (idx, field, reason, value)
SELECT idx, 'kind', 'a batch holds either reports or events: send the reports in a batch of their own', kind
FROM api_items
WHERE kind = 'report' AND EXISTS (SELECT 1 FROM api_items WHERE kind IS DISTINCT FROM 'report');

-- Values, field by field (a field another kind has is reported above, not here).
INSERT INTO api_problems (idx, field, reason, value)
SELECT i.idx, p.field, p.reason, p.value
FROM api_items i
JOIN api_fields f ON f.kind = i.kind
LEFT JOIN courts c ON f.field = 'court' AND c.code = i.item ->> 'court'
CROSS JOIN LATERAL (SELECT i.item ->> f.field AS raw) AS v
CROSS JOIN LATERAL (VALUES (f.field, v.raw, CASE
    WHEN v.raw IS NULL THEN NULL
    WHEN f.field IN ('case_id', 'hearing_id', 'line_id') AND length(v.raw) > 200 THEN 'longer than 200 characters'
    WHEN f.field = 'court' AND c.id IS NULL THEN 'unknown court code'
    WHEN f.field = 'court' AND c.id <> ALL (@courts::integer[]) THEN 'a court this API key may not send items for'
    WHEN f.field IN ('held_on', 'booked_on', 'day', 'published_on') THEN cm_ingest_date_problem(v.raw, cm_import_date(v.raw))
    WHEN f.field = 'mode' AND v.raw NOT IN ('in_person', 'video') THEN 'not in_person or video'
    WHEN f.field = 'item' AND v.raw NOT IN ('personnel', 'operations', 'technology', 'capital')
        THEN 'not personnel, operations, technology or capital'
    WHEN f.field = 'fiscal_year' AND v.raw !~ '^\d{4}$' THEN 'not a year'
    WHEN f.field = 'fiscal_year' AND v.raw::integer NOT BETWEEN 1900 AND extract(year FROM current_date) + 1
        THEN 'impossible fiscal year (from 1900 to next year)'
    WHEN f.field IN ('allocated', 'spent') AND cm_import_number(v.raw, false) IS NULL THEN 'not a number'
    WHEN f.field IN ('allocated', 'spent') AND cm_import_number(v.raw, false) < 0 THEN 'negative amount'
    WHEN f.field IN ('allocated', 'spent') AND cm_import_number(v.raw, false) >= 1e14 THEN 'amount too large'
    WHEN f.field = 'visits' AND v.raw !~ '^-?\d{1,9}$' THEN 'not a whole number'
    WHEN f.field = 'visits' AND v.raw::integer < 0 THEN 'negative number'
    END)) AS p(field, value, reason)
WHERE p.reason IS NOT NULL;

-- An id sent twice in one batch: identical items are one event; different ones cannot both be right, so every
-- occurrence is refused.
WITH keyed AS (
    SELECT idx, kind, item,
           CASE kind WHEN 'hearing' THEN 'hearing_id' WHEN 'budget_line' THEN 'line_id' WHEN 'portal_use' THEN 'day'
                     ELSE 'case_id' END AS field,
           CASE kind WHEN 'hearing' THEN item ->> 'hearing_id' WHEN 'budget_line' THEN item ->> 'line_id'
                     WHEN 'portal_use' THEN (item ->> 'court') || ' ' || (item ->> 'day') ELSE item ->> 'case_id' END AS id
    FROM api_items
    WHERE kind IN (SELECT kind FROM api_fields)
), repeated AS (
    SELECT kind, id, string_agg(idx::text, ', ' ORDER BY idx) AS items
    FROM keyed WHERE id IS NOT NULL GROUP BY kind, id HAVING count(DISTINCT item) > 1
)
INSERT INTO api_problems (idx, field, reason, value)
SELECT k.idx, k.field, 'duplicate id within the batch with different values', k.id || ' (items ' || r.items || ')'
FROM keyed k JOIN repeated r USING (kind, id)
ORDER BY k.idx;

-- Events about a case need the case: stored for this source system, or filed in this batch. A stored case at a
-- court the key may not serve cannot be changed through it either.
INSERT INTO api_problems (idx, field, reason, value)
SELECT i.idx, 'case_id',
       CASE WHEN c.id IS NULL THEN 'unknown case: this source system never sent its case_filed'
            ELSE 'the case is at court ' || co.code || ', which this API key may not send items for' END,
       i.item ->> 'case_id'
FROM api_items i
LEFT JOIN cases c ON c.source_system = @system AND c.source_id = i.item ->> 'case_id'
LEFT JOIN courts co ON co.id = c.court_id
WHERE i.kind IN ('case_filed', 'case_disposed', 'case_reopened', 'case_corrected', 'judgment_published', 'hearing')
  AND i.item ->> 'case_id' IS NOT NULL
  AND CASE WHEN c.id IS NULL
           THEN i.kind <> 'case_filed' AND NOT EXISTS (SELECT 1 FROM api_items f
                                                       WHERE f.kind = 'case_filed' AND f.item ->> 'case_id' = i.item ->> 'case_id')
           ELSE c.court_id <> ALL (@courts::integer[]) END;
