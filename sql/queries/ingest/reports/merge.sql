-- Upserts the good reports by court, category (or all) and period; a report is replaced as a whole, and one equal
-- to the stored report is not touched, so importing a file again changes nothing.
WITH merged AS (
    INSERT INTO reported_statistics (court_id, category_id, period_start, period_end, incoming, resolved, pending_start,
                                     pending_end, backlog, e_filed, video_hearings, judgments_published, spending)
    SELECT t.court_id, t.category_id, t.period_start, t.period_end, t.incoming, t.resolved, t.pending_start, t.pending_end,
           t.backlog, t.e_filed, t.video_hearings, t.judgments_published, t.spending
    FROM import_reports t
    WHERE NOT EXISTS (SELECT 1 FROM import_problems p WHERE p.line = t.line)
    ON CONFLICT (court_id, coalesce(category_id, 0), period_start, period_end) DO UPDATE SET
        incoming = excluded.incoming, resolved = excluded.resolved, pending_start = excluded.pending_start,
        pending_end = excluded.pending_end, backlog = excluded.backlog, e_filed = excluded.e_filed,
        video_hearings = excluded.video_hearings, judgments_published = excluded.judgments_published,
        spending = excluded.spending, updated_at = now()
    WHERE (reported_statistics.incoming, reported_statistics.resolved, reported_statistics.pending_start,
           reported_statistics.pending_end, reported_statistics.backlog, reported_statistics.e_filed,
           reported_statistics.video_hearings, reported_statistics.judgments_published, reported_statistics.spending)
          IS DISTINCT FROM
          (excluded.incoming, excluded.resolved, excluded.pending_start, excluded.pending_end, excluded.backlog,
           excluded.e_filed, excluded.video_hearings, excluded.judgments_published, excluded.spending)
    RETURNING (xmax = 0) AS inserted, court_id, period_start
), version AS (
    -- Reports are read by the measures directly: a new data version of the courts they concern empties the caches.
    INSERT INTO data_versions (court_ids, from_day)
    SELECT array_agg(DISTINCT court_id ORDER BY court_id), min(period_start) FROM merged HAVING count(*) > 0
    RETURNING version, computed_at, court_ids, from_day
)
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated,
       (SELECT string_agg(cm_notify_data_version(version, computed_at, court_ids, from_day)::text, '') FROM version) AS told
FROM merged;
