WITH removed AS (DELETE FROM measure_targets WHERE id = @Id RETURNING id)
SELECT id, pg_notify('courtmetrics_notices', '{"targets": true}') FROM removed;
