-- A changed court system is a new data version of every court: names, populations and judges enter the measures,
-- so every node empties its caches and every dashboard reloads (delivered at commit).
WITH version AS (
    INSERT INTO data_versions (court_ids)
    SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM courts
    RETURNING version, computed_at
)
SELECT cm_notify_data_version(version, computed_at, NULL, NULL) FROM version;
