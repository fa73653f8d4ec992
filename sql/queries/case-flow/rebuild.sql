-- Full rebuild of the case-flow aggregates from every case's counts (aggregation/claim-all.sql). Gives the same
-- tables as the incremental path. The daily table is filled without its primary key, which is then built in one
-- sorted pass: inserting a million rows one index entry at a time cost more than grouping them. Months by timestamp,
-- not timestamptz: the same month without a time zone conversion per row.
TRUNCATE case_flow_daily, case_flow_monthly;
ALTER TABLE case_flow_daily DROP CONSTRAINT case_flow_daily_pkey;

INSERT INTO case_flow_daily (court_id, category_id, day, incoming, resolved)
SELECT court_id, category_id, day, incoming, resolved
FROM claimed_case_deltas
WHERE incoming <> 0 OR resolved <> 0;

-- The nation (court 0, migration 0035).
INSERT INTO case_flow_daily (court_id, category_id, day, incoming, resolved)
SELECT 0, category_id, day, sum(incoming), sum(resolved)
FROM claimed_case_deltas
GROUP BY category_id, day
HAVING sum(incoming) <> 0 OR sum(resolved) <> 0;

ALTER TABLE case_flow_daily ADD PRIMARY KEY (court_id, category_id, day);

INSERT INTO case_flow_monthly (court_id, category_id, month, incoming, resolved)
SELECT court_id, category_id, date_trunc('month', day::timestamp)::date, sum(incoming), sum(resolved)
FROM case_flow_daily
GROUP BY court_id, category_id, date_trunc('month', day::timestamp);
