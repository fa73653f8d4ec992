COPY import_raw (line, unit, year, unit_name, unit_kind, parent_unit, incoming, resolved, pending_start,
                 pending_end, spending, population, gdp, judges) FROM STDIN (FORMAT BINARY)
-- Columns in the order of ImportKinds.YearlyStatistics (Ingest/ImportKind.cs). (Npgsql needs COPY first.)
