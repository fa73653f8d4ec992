-- What the data forbids in a proposed court system (@Document, the whole of it): removing a court, region or
-- category that holds data (close a court instead), or dates of a court that its cases fall outside of. Each is a
-- message key of wwwroot/admin/strings.json ('server') and its values, said in the reader's language by the server.
WITH doc AS (SELECT @Document::jsonb AS d),
kept_courts AS (SELECT c ->> 'code' AS code, (c ->> 'opened')::date AS opened, (c ->> 'closed')::date AS closed
                FROM doc, jsonb_array_elements(d -> 'courts') c)
SELECT 'courts' AS "List", c.code AS "Code", 'conflictHoldsData' AS "Key",
       array_remove(ARRAY[c.code,
              CASE WHEN EXISTS (SELECT 1 FROM cases x WHERE x.court_id = c.id) THEN 'cases' END,
              CASE WHEN EXISTS (SELECT 1 FROM budget_lines x WHERE x.court_id = c.id) THEN 'budget-lines' END,
              CASE WHEN EXISTS (SELECT 1 FROM hearings x WHERE x.court_id = c.id) THEN 'hearings' END,
              CASE WHEN EXISTS (SELECT 1 FROM portal_use x WHERE x.court_id = c.id) THEN 'portal-use' END], NULL) AS "Args"
FROM courts c
WHERE c.code NOT IN (SELECT code FROM kept_courts)
  AND (EXISTS (SELECT 1 FROM cases x WHERE x.court_id = c.id) OR EXISTS (SELECT 1 FROM budget_lines x WHERE x.court_id = c.id)
       OR EXISTS (SELECT 1 FROM hearings x WHERE x.court_id = c.id) OR EXISTS (SELECT 1 FROM portal_use x WHERE x.court_id = c.id))
UNION ALL
SELECT 'courts', k.code, 'conflictAfterClosing', ARRAY[k.code, k.closed::text, max(x.filed_on)::text]
FROM kept_courts k JOIN courts c ON c.code = k.code JOIN cases x ON x.court_id = c.id AND x.filed_on > k.closed
GROUP BY k.code, k.closed
UNION ALL
SELECT 'courts', k.code, 'conflictBeforeOpening', ARRAY[k.code, k.opened::text, min(x.filed_on)::text]
FROM kept_courts k JOIN courts c ON c.code = k.code JOIN cases x ON x.court_id = c.id AND x.filed_on < k.opened
GROUP BY k.code, k.opened
UNION ALL
SELECT 'categories', k.code, 'conflictCategoryHoldsData', ARRAY[k.code]
FROM case_categories k
WHERE k.code NOT IN (SELECT c ->> 'code' FROM doc, jsonb_array_elements(d -> 'categories') c)
  AND EXISTS (SELECT 1 FROM cases x WHERE x.category_id = k.id);
