-- How the courts of a scope report: for each length of period their reports have (month, quarter, half year,
-- year), how many courts report so. The page says why a finer period than theirs is empty.
SELECT CASE WHEN r.period_end - r.period_start >= 360 THEN 'year'
            WHEN r.period_end - r.period_start >= 170 THEN 'half-year'
            WHEN r.period_end - r.period_start >= 85 THEN 'quarter'
            ELSE 'month' END AS "Length",
       count(DISTINCT r.court_id)::int AS "Courts"
FROM reported_statistics r
JOIN cm_scope_courts(@courtIds::int[], @regionId::smallint) s USING (court_id)
WHERE r.period_end >= @from::date AND r.period_start <= @to::date
GROUP BY 1
ORDER BY min(r.period_end - r.period_start) DESC;
