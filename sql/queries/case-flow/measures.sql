-- Case-flow measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Whole months inside [from, to] come from case_flow_monthly, the days of partial months (and every day for a
-- daily grid) from case_flow_daily: exact for any range, without summing days where months will do.
-- Pending at a period's end = pending before @from + all flows up to the period's end.
WITH scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), whole_months AS (
    SELECT month FROM cm_whole_months(@granularity::text, @from::date, @to::date)
), flows AS (
    SELECT m.month AS day, m.incoming, m.resolved
    FROM case_flow_monthly m JOIN scope s USING (court_id) JOIN whole_months w USING (month)
    WHERE @categoryId::smallint IS NULL OR m.category_id = @categoryId::smallint
    UNION ALL
    SELECT d.day, d.incoming, d.resolved
    FROM case_flow_daily d JOIN scope s USING (court_id)
    WHERE d.day BETWEEN @from::date AND @to::date
      AND date_trunc('month', d.day)::date NOT IN (SELECT month FROM whole_months)
      AND (@categoryId::smallint IS NULL OR d.category_id = @categoryId::smallint)
), before AS (
    SELECT coalesce(sum(incoming - resolved), 0) AS pending FROM (
        SELECT m.incoming, m.resolved
        FROM case_flow_monthly m JOIN scope s USING (court_id)
        WHERE m.month < date_trunc('month', @from::date)
          AND (@categoryId::smallint IS NULL OR m.category_id = @categoryId::smallint)
        UNION ALL
        SELECT d.incoming, d.resolved
        FROM case_flow_daily d JOIN scope s USING (court_id)
        WHERE d.day >= date_trunc('month', @from::date) AND d.day < @from::date
          AND (@categoryId::smallint IS NULL OR d.category_id = @categoryId::smallint)
    ) earlier
), per_period AS (
    SELECT p.period_start, p.period_end,
           coalesce(sum(f.incoming), 0) AS incoming,
           coalesce(sum(f.resolved), 0) AS resolved
    FROM cm_periods(@granularity::text, @from::date, @to::date) p
    LEFT JOIN flows f ON f.day BETWEEN p.period_start AND p.period_end
    GROUP BY p.period_start, p.period_end
), running AS (
    SELECT *, (SELECT pending FROM before)
                + sum(incoming - resolved) OVER (ORDER BY period_start) AS pending_end
    FROM per_period
)
SELECT period_start, period_end,
       incoming::float8 AS incoming, resolved::float8 AS resolved,
       (pending_end - incoming + resolved)::float8 AS pending_start,
       pending_end::float8 AS pending_end,
       cm_clearance_rate(resolved, incoming)::float8 AS clearance_rate,
       cm_disposition_time(pending_end, resolved, period_end - period_start + 1)::float8 AS disposition_time,
       cm_congestion_rate(pending_end, resolved)::float8 AS congestion_rate,
       cm_congestion_rate_pre2016(pending_end, resolved, incoming)::float8 AS congestion_rate_cnj_2009,
       cm_cases_per_judge(incoming, (SELECT sum(c.judges) FROM courts c JOIN scope s ON s.court_id = c.id))::float8 AS cases_per_judge
FROM running
ORDER BY period_start;
