-- Aggregate tables without write-ahead log. Every row in them can be recomputed from the facts (cases, hearings,
-- portal use, budget lines), and writing them through the WAL cost the full rebuild more than computing them
-- (BENCHMARKS.md). The facts, the pending changes (touched_cells, case_deltas, duration_deltas) and the data
-- versions stay logged.
--
-- Crash safety: after a crash PostgreSQL empties every unlogged table. aggregates_intact, unlogged as well, is
-- emptied with them; the aggregation job (Jobs/Aggregator) finds it empty and rebuilds instead of adding changes
-- to nothing, and the rebuild sets it again in its own transaction. The recurring sweep runs the job within a
-- minute of start-up. A clean shutdown keeps unlogged tables. Unlogged tables are not replicated: a streaming
-- standby has no aggregates (this product reads from the primary).
ALTER TABLE case_flow_daily SET UNLOGGED;
ALTER TABLE case_flow_monthly SET UNLOGGED;
ALTER TABLE case_duration_monthly SET UNLOGGED;
ALTER TABLE case_duration_national_monthly SET UNLOGGED;
ALTER TABLE case_duration_national_blocks SET UNLOGGED;
ALTER TABLE digital_access_daily SET UNLOGGED;
ALTER TABLE digital_access_monthly SET UNLOGGED;
ALTER TABLE budget_daily SET UNLOGGED;
ALTER TABLE budget_monthly SET UNLOGGED;
ALTER TABLE budget_allocated_yearly SET UNLOGGED;

CREATE UNLOGGED TABLE aggregates_intact (
    intact  boolean PRIMARY KEY CHECK (intact)
);
INSERT INTO aggregates_intact VALUES (true);
