-- Record a new data version for the courts just recomputed and tell every node (delivered at commit), with the
-- earliest day the claimed changes touched (0034).
WITH changed AS (
    -- Courts with claimed case changes (0027) and courts with claimed hearings, portal use or budget lines (a cell
    -- without a day — a rebuild's, or a category restated by pending-age — touches every day). A budget line's
    -- cell is on its fiscal year's 1 January, and a fiscal year may start in the calendar year before: a year
    -- earlier is taken.
    SELECT court_id, day FROM claimed_case_deltas
    UNION ALL
    SELECT court_id, CASE WHEN day IS NULL THEN '-infinity'::date
                          WHEN category_id = 0 THEN (day - interval '1 year')::date ELSE day END
    FROM claimed_cells
), courts AS (
    SELECT coalesce(array_agg(DISTINCT court_id ORDER BY court_id), '{}') AS ids, min(day) AS from_day FROM changed
), version AS (
    INSERT INTO data_versions (court_ids, from_day)
    SELECT ids, from_day FROM courts WHERE cardinality(ids) > 0
    RETURNING version, computed_at, court_ids, from_day
)
SELECT version, computed_at AS "ComputedAt", court_ids AS "CourtIds",
       cm_notify_data_version(version, computed_at, court_ids, from_day)
FROM version;
