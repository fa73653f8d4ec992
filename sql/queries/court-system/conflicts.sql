-- What the data forbids in a proposed court system (@Document, the whole of it): removing a court, region or
-- category that holds data (close a court instead), or dates of a court that its cases fall outside of.
WITH doc AS (SELECT @Document::jsonb AS d),
kept_courts AS (SELECT c ->> 'code' AS code, (c ->> 'opened')::date AS opened, (c ->> 'closed')::date AS closed
                FROM doc, jsonb_array_elements(d -> 'courts') c)
SELECT 'courts' AS "List", c.code AS "Code",
       format('court ''%s'' holds %s, so it cannot be removed: give it a closing date ("closed") instead', c.code,
              concat_ws(', ', CASE WHEN EXISTS (SELECT 1 FROM cases x WHERE x.court_id = c.id) THEN 'cases' END,
                        CASE WHEN EXISTS (SELECT 1 FROM budget_lines x WHERE x.court_id = c.id) THEN 'budget lines' END,
                        CASE WHEN EXISTS (SELECT 1 FROM hearings x WHERE x.court_id = c.id) THEN 'hearings' END,
                        CASE WHEN EXISTS (SELECT 1 FROM portal_use x WHERE x.court_id = c.id) THEN 'portal use' END)) AS "Message"
FROM courts c
WHERE c.code NOT IN (SELECT code FROM kept_courts)
  AND (EXISTS (SELECT 1 FROM cases x WHERE x.court_id = c.id) OR EXISTS (SELECT 1 FROM budget_lines x WHERE x.court_id = c.id)
       OR EXISTS (SELECT 1 FROM hearings x WHERE x.court_id = c.id) OR EXISTS (SELECT 1 FROM portal_use x WHERE x.court_id = c.id))
UNION ALL
SELECT 'courts', k.code,
       format('court ''%s'' has cases filed after %s, its closing date (the latest on %s)', k.code, k.closed, max(x.filed_on))
FROM kept_courts k JOIN courts c ON c.code = k.code JOIN cases x ON x.court_id = c.id AND x.filed_on > k.closed
GROUP BY k.code, k.closed
UNION ALL
SELECT 'courts', k.code,
       format('court ''%s'' has cases filed before %s, its opening date (the first on %s)', k.code, k.opened, min(x.filed_on))
FROM kept_courts k JOIN courts c ON c.code = k.code JOIN cases x ON x.court_id = c.id AND x.filed_on < k.opened
GROUP BY k.code, k.opened
UNION ALL
SELECT 'categories', k.code,
       format('category ''%s'' has cases, so it cannot be removed', k.code)
FROM case_categories k
WHERE k.code NOT IN (SELECT c ->> 'code' FROM doc, jsonb_array_elements(d -> 'categories') c)
  AND EXISTS (SELECT 1 FROM cases x WHERE x.category_id = k.id);
