-- Whether the demo's courts and categories got the ids its history uses: 1, 2, … in the court-system file's order
-- (courts and categories as the demo lists them: the supreme court first, categories in catalogue order).
SELECT (SELECT bool_and(id = n) FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM courts) c)
   AND (SELECT bool_and(id = n) FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM case_categories) k);
