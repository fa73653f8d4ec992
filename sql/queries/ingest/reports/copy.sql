COPY import_raw (line, court, category, period, incoming, resolved, pending_start, pending_end, backlog, e_filed,
                 video_hearings, judgments_published, spending) FROM STDIN (FORMAT BINARY)
-- Columns in the order of ImportKinds.Reports (Ingest/ImportKind.cs). (Npgsql needs COPY first.)
