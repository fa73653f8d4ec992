-- Case flow of one scope by month. Pending at the end of a month = cases filed on or before its last day and
-- not disposed by then = running sum of (incoming - resolved) over all months up to it.
WITH scoped AS (
    SELECT m.month, sum(m.incoming) AS incoming, sum(m.resolved) AS resolved
    FROM case_flow_monthly m
    JOIN courts c ON c.id = m.court_id
    WHERE (@courtId::int IS NULL OR m.court_id = @courtId)
      AND (@regionId::smallint IS NULL OR c.region_id = @regionId)
      AND (@categoryId::smallint IS NULL OR m.category_id = @categoryId)
      AND m.month <= @to
    GROUP BY m.month
), running AS (
    SELECT month, incoming, resolved,
           sum(incoming - resolved) OVER (ORDER BY month) AS pending
    FROM scoped
), months AS (
    SELECT generate_series(@from::date, @to::date, interval '1 month')::date AS month
)
SELECT ms.month AS "Period",
       coalesce(r.incoming, 0)::int AS "Incoming",
       coalesce(r.resolved, 0)::int AS "Resolved",
       coalesce((SELECT p.pending FROM running p WHERE p.month <= ms.month ORDER BY p.month DESC LIMIT 1), 0)::int AS "Pending"
FROM months ms
LEFT JOIN running r ON r.month = ms.month
ORDER BY ms.month;
