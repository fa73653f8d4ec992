-- The first @limit warnings of an import, in file order (rows written as given, worth a look).
SELECT line, column_name AS "column", reason, value FROM import_warnings ORDER BY line LIMIT @limit;
