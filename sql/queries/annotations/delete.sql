WITH removed AS (DELETE FROM annotations WHERE id = @Id RETURNING id, scope)
SELECT id, cm_notify_annotations(scope) FROM removed;
