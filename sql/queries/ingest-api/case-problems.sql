-- After ingest/cases/check.sql: its problems (by staged line and CSV column) become problems of the item that
-- set the field, and published judgments are checked against the case's filing date.
INSERT INTO api_problems (idx, field, reason, value)
SELECT coalesce(CASE p.column_name WHEN 'court' THEN a.court_item WHEN 'category' THEN a.category_item
                                   WHEN 'filed_on' THEN a.filed_item WHEN 'disposed_on' THEN coalesce(a.disposed_item, a.filed_item)
                                   WHEN 'filing_channel' THEN a.channel_item WHEN 'extraterritorial' THEN a.extraterritorial_item
                                   WHEN 'ai_assisted' THEN a.ai_item END, a.first_item),
       CASE p.column_name WHEN 'source_id' THEN 'case_id' ELSE p.column_name END, p.reason, p.value
FROM import_problems p JOIN api_cases a USING (line)
ORDER BY p.seq;

INSERT INTO api_problems (idx, field, reason, value)
SELECT i.idx, 'published_on', 'published before the case was filed', i.item ->> 'published_on'
FROM api_items i
LEFT JOIN import_cases t ON t.source_id = i.item ->> 'case_id'
LEFT JOIN cases c ON c.source_system = @system AND c.source_id = i.item ->> 'case_id'
WHERE i.kind = 'judgment_published' AND cm_import_date(i.item ->> 'published_on') < coalesce(t.filed_on, c.filed_on);
