-- A full rebuild: every court counts as changed, and marks left by writers are covered by the rebuild.
CREATE TEMP TABLE claimed_cells ON COMMIT DROP AS
SELECT id AS court_id, NULL::smallint AS category_id, NULL::date AS day FROM courts;

DELETE FROM touched_cells;

