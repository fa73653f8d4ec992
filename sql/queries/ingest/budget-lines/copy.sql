COPY import_raw (line, source_system, source_id, court, fiscal_year, item, allocated, spent, booked_on)
FROM STDIN (FORMAT BINARY)
-- Columns in the order of ImportKinds.BudgetLines (Ingest/ImportKind.cs). (Npgsql needs COPY first.)
