-- A batch of reports (after ingest/begin, ingest/reports/stage, ingest-api/stage and ingest-api/check): the good
-- items are staged as rows of the CSV import's reports (line = the item's index), so ingest/reports/check.sql and
-- merge.sql serve the API too; ingest-api/report-problems.sql gives their problems back to the items.
INSERT INTO import_raw (line, court, category, period, incoming, resolved, pending_start, pending_end, backlog, e_filed,
                        video_hearings, judgments_published, spending)
SELECT i.idx, i.item ->> 'court', i.item ->> 'category', i.item ->> 'period', i.item ->> 'incoming', i.item ->> 'resolved',
       i.item ->> 'pending_start', i.item ->> 'pending_end', i.item ->> 'backlog', i.item ->> 'e_filed',
       i.item ->> 'video_hearings', i.item ->> 'judgments_published', i.item ->> 'spending'
FROM api_items i
WHERE i.kind = 'report' AND NOT EXISTS (SELECT 1 FROM api_problems p WHERE p.idx = i.idx);
