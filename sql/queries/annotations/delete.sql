WITH removed AS (DELETE FROM annotations WHERE id = @Id RETURNING id, scope)
SELECT id, pg_notify('courtmetrics_notices', json_build_object('annotations', scope)::text) FROM removed;
