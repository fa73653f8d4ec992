-- Take the cells that writes have marked since the last run. Every family's aggregate-claimed.sql reads them.
CREATE TEMP TABLE claimed_cells ON COMMIT DROP AS
WITH taken AS (DELETE FROM touched_cells RETURNING court_id, category_id, day)
SELECT DISTINCT court_id, category_id, day FROM taken;
