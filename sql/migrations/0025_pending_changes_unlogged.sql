-- The pending changes without write-ahead log, like the aggregates they are added to (0016). A row of touched_cells,
-- case_deltas or duration_deltas means something only against the aggregate tables as they are now, and after a
-- crash those are empty: recovery empties every unlogged table at once, aggregates_intact included, and the next
-- aggregation rebuilds everything from the facts (which stay logged) and truncates the pending changes anyway
-- (aggregation/claim-all.sql, case-durations/rebuild.sql). Keeping them in the log protected nothing, and cost every
-- write to the facts a second log record per touched cell and per delta: about a million of each for a CSV import
-- of a million cases (BENCHMARKS.md, Ingestion). The data versions stay logged.
ALTER TABLE touched_cells SET UNLOGGED;
ALTER TABLE case_deltas SET UNLOGGED;
ALTER TABLE duration_deltas SET UNLOGGED;
