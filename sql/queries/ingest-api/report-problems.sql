-- After ingest/reports/check.sql: its problems (by staged line, the item's index, and column, the item's field)
-- become problems of the items; a court the key may not send for is already one of ingest-api/check.sql's.
INSERT INTO api_problems (idx, field, reason, value)
SELECT line, column_name, reason, value FROM import_problems;
