-- The first @limit problems of an import, in file order.
SELECT line, column_name AS "column", reason, value
FROM import_problems
ORDER BY line, seq
LIMIT @limit;
