-- Take the cells that writes have marked since the last run. Every family's aggregate-claimed.sql reads them.
CREATE TEMP TABLE claimed_cells ON COMMIT DROP AS
WITH taken AS (DELETE FROM touched_cells RETURNING court_id, category_id, day)
SELECT DISTINCT court_id, category_id, day FROM taken;

-- And the case count changes recorded with them (0008), summed per cell; case-flow and digital-access add them.
CREATE TEMP TABLE claimed_case_deltas ON COMMIT DROP AS
WITH taken AS (DELETE FROM case_deltas RETURNING *)
SELECT court_id, category_id, day, sum(incoming)::int AS incoming, sum(filed_electronic)::int AS filed_electronic,
       sum(filed_extraterritorial)::int AS filed_extraterritorial, sum(filed_ai_assisted)::int AS filed_ai_assisted,
       sum(resolved)::int AS resolved, sum(resolved_published)::int AS resolved_published
FROM taken
GROUP BY court_id, category_id, day;
ANALYZE claimed_case_deltas;
