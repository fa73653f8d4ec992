-- One target per (measure, court, category); setting it again replaces the value. Browsers hear of it at commit.
WITH saved AS (
    INSERT INTO measure_targets (metric_id, court_id, category_id, target, updated_by)
    VALUES (@Metric, @CourtId, @CategoryId, @Target, @UpdatedBy)
    ON CONFLICT (metric_id, court_id, category_id)
    DO UPDATE SET target = EXCLUDED.target, updated_at = now(), updated_by = EXCLUDED.updated_by
    RETURNING id
)
SELECT id, cm_notify_targets_changed() FROM saved;
