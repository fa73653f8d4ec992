-- Case flow of one scope by day: months before the window give the pending baseline, days inside it the rest.
WITH scope_courts AS (
    SELECT id FROM courts
    WHERE (@courtId::int IS NULL OR id = @courtId)
      AND (@regionId::smallint IS NULL OR region_id = @regionId)
), baseline AS (
    SELECT coalesce(sum(m.incoming - m.resolved), 0) AS pending
    FROM case_flow_monthly m JOIN scope_courts s ON s.id = m.court_id
    WHERE m.month < date_trunc('month', @from::date)
      AND (@categoryId::smallint IS NULL OR m.category_id = @categoryId)
), days AS (
    SELECT d.day, sum(d.incoming) AS incoming, sum(d.resolved) AS resolved
    FROM case_flow_daily d JOIN scope_courts s ON s.id = d.court_id
    WHERE d.day >= date_trunc('month', @from::date) AND d.day <= @to
      AND (@categoryId::smallint IS NULL OR d.category_id = @categoryId)
    GROUP BY d.day
), calendar AS (
    SELECT generate_series(date_trunc('month', @from::date), @to::date, interval '1 day')::date AS day
), running AS (
    SELECT c.day,
           coalesce(d.incoming, 0) AS incoming,
           coalesce(d.resolved, 0) AS resolved,
           (SELECT pending FROM baseline)
             + sum(coalesce(d.incoming, 0) - coalesce(d.resolved, 0)) OVER (ORDER BY c.day) AS pending
    FROM calendar c LEFT JOIN days d ON d.day = c.day
)
SELECT day AS "Period", incoming::int AS "Incoming", resolved::int AS "Resolved", pending::int AS "Pending"
FROM running
WHERE day >= @from
ORDER BY day;
