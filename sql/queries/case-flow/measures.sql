-- Case-flow measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Case rows: whole months inside [from, to] come from case_flow_monthly, the days of partial months (and every day
-- for a daily grid) from case_flow_daily: exact for any range, without summing days where months will do.
-- Reported statistics (reported_statistics) are data of their court, and the rule for a court with both is:
--   * a report takes precedence over the court's case rows for the days it covers (of its category, or of every
--     category for a report of all categories), so nothing is counted twice;
--   * a report counts in a period only whole: one that straddles a period (a year asked by month) leaves that
--     period's incoming and resolved unknown (NULL) rather than invented, and so does a report of all categories
--     when one category is asked;
--   * the pending caseload of a court with reports is what it reports at the period's end; while one of its
--     reports covers part of the period, or it has case rows there, without a report ending that day, the
--     period's pending caseload is unknown (a court with neither in a period has no data there).
-- Courts without reports in the query's span keep: pending at a period's end = pending before @from + all flows up
-- to the period's end.
WITH scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), reports AS (
    -- The scope's reports that bear on the category asked (all of them when none is asked).
    SELECT r.court_id, r.category_id, r.period_start, r.period_end, r.incoming, r.resolved, r.pending_end
    FROM reported_statistics r JOIN scope s USING (court_id)
    WHERE (@categoryId::smallint IS NULL OR r.category_id IS NULL OR r.category_id = @categoryId::smallint)
      AND r.period_end >= @from::date AND r.period_start <= @to::date  -- those of the query's span
), reporting AS (
    SELECT DISTINCT court_id FROM reports
), rows_of AS (
    -- the nation's own rows (court 0) when no report bears on it (migration 0035), else the scope's courts
    SELECT court_id FROM cm_rows_of(@courtIds::int[], @regionId::smallint, EXISTS (SELECT FROM reports))
), whole_months AS (
    SELECT month FROM cm_whole_months(@granularity::text, @from::date, @to::date)
), categories AS (
    SELECT id FROM case_categories WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint
), case_rows AS (
    -- whole months and the other days alike court by court and category by category through the primary key
    -- (OFFSET 0 keeps each probe a probe: flattened, the planner scans the whole table)
    SELECT s.court_id, k.id AS category_id, m.month AS day, m.incoming, m.resolved
    FROM rows_of s CROSS JOIN categories k
    CROSS JOIN (SELECT min(month) AS first_month, max(month) AS last_month FROM whole_months) w
    CROSS JOIN LATERAL (SELECT m.month, m.incoming, m.resolved FROM case_flow_monthly m
                        WHERE m.court_id = s.court_id AND m.category_id = k.id
                          AND m.month BETWEEN w.first_month AND w.last_month
                        OFFSET 0) m
    UNION ALL
    SELECT s.court_id, k.id, d.day, d.incoming, d.resolved
    FROM rows_of s CROSS JOIN categories k CROSS JOIN cm_partial_spans(@granularity::text, @from::date, @to::date) p
    CROSS JOIN LATERAL (SELECT d.day, d.incoming, d.resolved FROM case_flow_daily d
                        WHERE d.court_id = s.court_id AND d.category_id = k.id AND d.day BETWEEN p.first_day AND p.last_day
                        OFFSET 0) d
), flows AS (
    SELECT f.court_id, f.day, f.incoming, f.resolved, f.court_id NOT IN (SELECT court_id FROM reporting) AS running
    FROM case_rows f
    WHERE NOT EXISTS (SELECT 1 FROM reports r
                      WHERE r.court_id = f.court_id AND (r.category_id IS NULL OR r.category_id = f.category_id)
                        AND f.day BETWEEN r.period_start AND r.period_end)
), before AS (
    SELECT coalesce(sum(incoming - resolved), 0) AS pending FROM (
        SELECT m.incoming, m.resolved
        FROM rows_of s CROSS JOIN categories k
        CROSS JOIN LATERAL (SELECT m.incoming, m.resolved FROM case_flow_monthly m
                            WHERE m.court_id = s.court_id AND m.category_id = k.id
                              AND m.month < date_trunc('month', @from::date)
                            OFFSET 0) m
        WHERE s.court_id NOT IN (SELECT court_id FROM reporting)
        UNION ALL
        SELECT d.incoming, d.resolved
        FROM rows_of s CROSS JOIN categories k
        CROSS JOIN LATERAL (SELECT d.incoming, d.resolved FROM case_flow_daily d
                            WHERE d.court_id = s.court_id AND d.category_id = k.id
                              AND d.day >= date_trunc('month', @from::date) AND d.day < @from::date
                            OFFSET 0) d
        WHERE s.court_id NOT IN (SELECT court_id FROM reporting)
    ) earlier
), periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), flows_by_period AS (
    -- each flow straight to its period (a hash aggregate, not a comparison with every period)
    SELECT cm_period_start(@granularity::text, f.day, @from::date) AS period_start,
           sum(f.incoming) AS incoming, sum(f.resolved) AS resolved,
           sum(f.incoming - f.resolved) FILTER (WHERE f.running) AS running_change,
           array_agg(DISTINCT f.court_id) FILTER (WHERE NOT f.running) AS reporting_with_rows
    FROM flows f
    GROUP BY 1
), per_period AS (
    SELECT p.period_start, p.period_end,
           coalesce(f.incoming, 0) AS incoming,
           coalesce(f.resolved, 0) AS resolved,
           coalesce(f.running_change, 0) AS running_change,
           coalesce(f.reporting_with_rows, '{}') AS reporting_with_rows
    FROM periods p LEFT JOIN flows_by_period f USING (period_start)
), reported AS (
    SELECT p.period_start,
           sum(r.incoming) FILTER (WHERE r.whole) AS incoming,
           sum(r.resolved) FILTER (WHERE r.whole) AS resolved,
           -- unknown: a report straddles the period, one of all categories stands for the category asked, or a
           -- whole report leaves a figure out
           bool_or(NOT r.whole OR (r.category_id IS NULL AND @categoryId::smallint IS NOT NULL)
                   OR (r.whole AND (r.incoming IS NULL OR r.resolved IS NULL))) AS flows_unknown,
           sum(r.pending_end) FILTER (WHERE r.ends_here) AS pending_end,
           array_agg(DISTINCT r.court_id) AS active,
           coalesce(array_agg(DISTINCT r.court_id) FILTER (WHERE r.ends_here), '{}') AS pending_reported
    FROM periods p
    JOIN LATERAL (SELECT r.*, r.period_start >= p.period_start AND r.period_end <= p.period_end AS whole,
                         r.period_end = p.period_end AND r.pending_end IS NOT NULL
                             AND (r.category_id IS NOT NULL OR @categoryId::smallint IS NULL) AS ends_here
                  FROM reports r WHERE r.period_start <= p.period_end AND r.period_end >= p.period_start) r ON true
    GROUP BY p.period_start
), running AS (
    SELECT pp.*, (SELECT pending FROM before) + sum(running_change) OVER (ORDER BY pp.period_start) AS running_pending
    FROM per_period pp
), combined AS (
    SELECT r.period_start, r.period_end,
           CASE WHEN coalesce(x.flows_unknown, false) THEN NULL ELSE r.incoming + coalesce(x.incoming, 0) END AS incoming,
           CASE WHEN coalesce(x.flows_unknown, false) THEN NULL ELSE r.resolved + coalesce(x.resolved, 0) END AS resolved,
           CASE WHEN NOT (coalesce(x.active, '{}') || r.reporting_with_rows) <@ coalesce(x.pending_reported, '{}') THEN NULL
                ELSE r.running_pending + coalesce(x.pending_end, 0) END AS pending_end
    FROM running r LEFT JOIN reported x USING (period_start)
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
FROM combined
ORDER BY period_start;
