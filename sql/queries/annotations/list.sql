-- Notes of a scope and of the scopes containing it (a court's region, the nation), between two dates.
SELECT a.id AS "Id", a.scope AS "Scope", a.on_date AS "Date", a.text AS "Text", a.created_by AS "CreatedBy"
FROM annotations a
WHERE a.scope = ANY (@Scopes) AND a.on_date BETWEEN @From AND @To
ORDER BY a.on_date, a.id
LIMIT 500;
