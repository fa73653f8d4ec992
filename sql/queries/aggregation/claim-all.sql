-- A full rebuild: every court counts as changed, and marks left by writers are covered by the rebuild.
-- The rebuild's groupings of millions of rows and its index builds get memory for this transaction only: with the
-- default work_mem (4 MB) each grouping spilled to disk in dozens of batches (BENCHMARKS.md).
SET LOCAL work_mem = '256MB';
SET LOCAL maintenance_work_mem = '512MB';

-- The rebuilt aggregates are whole again (a crash empties this marker with them, migration 0016).
INSERT INTO aggregates_intact VALUES (true) ON CONFLICT DO NOTHING;

CREATE TEMP TABLE claimed_cells ON COMMIT DROP AS
SELECT id AS court_id, NULL::smallint AS category_id, NULL::date AS day FROM courts;

DELETE FROM touched_cells;
-- TRUNCATE locks case_deltas first: writers wait for this commit, so no change is both in the rebuilt tables and
-- in a delta added later.
TRUNCATE case_deltas;

-- Every case as a change against empty tables: the per-day case counts of all cases, grouped once (a parallel
-- plan: CREATE TABLE AS may use one, INSERT … SELECT may not). The case-flow and digital-access rebuilds read
-- them instead of each grouping cases again.
CREATE TEMP TABLE claimed_case_deltas ON COMMIT DROP AS
SELECT court_id, category_id, day, sum(incoming)::int AS incoming, sum(filed_electronic)::int AS filed_electronic,
       sum(filed_extraterritorial)::int AS filed_extraterritorial, sum(filed_ai_assisted)::int AS filed_ai_assisted,
       sum(resolved)::int AS resolved, sum(resolved_published)::int AS resolved_published
FROM (SELECT court_id, category_id, filed_on AS day, 1 AS incoming, (filing_channel = 'electronic')::int AS filed_electronic,
             extraterritorial::int AS filed_extraterritorial, ai_assisted::int AS filed_ai_assisted,
             0 AS resolved, 0 AS resolved_published
      FROM cases
      UNION ALL
      SELECT court_id, category_id, disposed_on, 0, 0, 0, 0, 1, (judgment_published_on IS NOT NULL)::int
      FROM cases WHERE disposed_on IS NOT NULL) changes
GROUP BY court_id, category_id, day;
