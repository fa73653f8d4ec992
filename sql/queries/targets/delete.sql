WITH removed AS (DELETE FROM measure_targets WHERE id = @Id RETURNING id)
SELECT id, cm_notify_targets_changed() FROM removed;
