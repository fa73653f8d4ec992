COPY import_raw (line, source_system, source_id, court, category, filed_on, disposed_on, filing_channel,
                 extraterritorial, ai_assisted) FROM STDIN (FORMAT BINARY)
-- Columns in the order of ImportKinds.Cases (Ingest/ImportKind.cs). (Npgsql needs COPY first.)
