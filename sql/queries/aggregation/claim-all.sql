-- A full rebuild: every court counts as changed, and marks left by writers are covered by the rebuild.
CREATE TEMP TABLE claimed_cells ON COMMIT DROP AS
SELECT id AS court_id, NULL::smallint AS category_id, NULL::date AS day FROM courts;

DELETE FROM touched_cells;
-- TRUNCATE locks case_deltas first: writers wait for this commit, so no change is both in the rebuilt tables and
-- in a delta added later.
TRUNCATE case_deltas;

