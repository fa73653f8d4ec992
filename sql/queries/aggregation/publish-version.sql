-- Record a new data version for the courts just recomputed and tell every node (delivered at commit).
WITH courts AS (
    -- Courts with claimed case changes (0027) and courts with claimed hearings, portal use or budget lines.
    SELECT coalesce(array_agg(DISTINCT court_id ORDER BY court_id), '{}') AS ids
    FROM (SELECT court_id FROM claimed_case_deltas UNION ALL SELECT court_id FROM claimed_cells) changed
), version AS (
    INSERT INTO data_versions (court_ids)
    SELECT ids FROM courts WHERE cardinality(ids) > 0
    RETURNING version, computed_at, court_ids
)
SELECT version, computed_at AS "ComputedAt", court_ids AS "CourtIds",
       cm_notify_data_version(version, computed_at, court_ids)
FROM version;
