-- Age of the active pending caseload (NCSC CourTools 4) at the end of each period of the query (contract:
-- Metrics/MeasureQuery.cs), and the backlog share (IFCE Global Measure 5, case backlog).
-- Pending at day D = filed_on ≤ D and (disposed_on IS NULL or disposed_on > D); its age at D = D − filed_on.
-- Backlog = pending cases older than their own category's longest time standard (time_standards); categories
-- without standards count in the age buckets but not in the backlog share. A court's report ending on a period's
-- last day with its backlog and pending caseload gives them for that day, in place of its cases there (the rule
-- of case-flow/measures.sql); reports give no ages, so the age buckets are the case rows' alone.
--
-- Read from the aggregation's changes (migration 0033): the cases aged a days or more at D are the sum of the
-- changes up to D — the months before D's month (pending_age_monthly), then the days of D's month up to D
-- (pending_age_daily, only for an end that is not a month's last day). The age buckets are differences of
-- those counts. Courts with reports are kept apart only when a report may replace their cases. The nation reads
-- its own rows (court 0) unless a report may replace some court's cases.
WITH periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), ends AS (
    SELECT period_end, date_trunc('month', period_end::timestamp)::date AS month,
           period_end = (date_trunc('month', period_end::timestamp) + interval '1 month')::date - 1 AS month_end
    FROM periods
), scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), categories AS (
    SELECT id AS category_id FROM case_categories
    WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint
), reports AS (
    SELECT r.court_id, r.category_id, r.period_end, r.backlog, r.pending_end
    FROM reported_statistics r JOIN scope s USING (court_id)
    WHERE (@categoryId::smallint IS NULL OR r.category_id = @categoryId::smallint)
      AND r.period_end IN (SELECT period_end FROM periods) AND r.backlog IS NOT NULL AND r.pending_end IS NOT NULL
), rows_of AS (
    SELECT court_id FROM cm_rows_of(@courtIds::int[], @regionId::smallint, EXISTS (SELECT FROM reports))
), months AS (
    SELECT CASE WHEN s.court_id IN (SELECT court_id FROM reports) THEN s.court_id END AS court_id, g.category_id,
           m.month, (m.month + interval '1 month')::date - 1 AS last_day,
           sum(m.from_0) AS from_0, sum(m.from_91) AS from_91, sum(m.from_181) AS from_181,
           sum(m.from_366) AS from_366, sum(m.from_541) AS from_541, sum(m.backlog) AS backlog
    FROM rows_of s
    CROSS JOIN categories g
    CROSS JOIN LATERAL (SELECT x.month, x.from_0, x.from_91, x.from_181, x.from_366, x.from_541, x.backlog
                        FROM pending_age_monthly x
                        WHERE x.court_id = s.court_id AND x.category_id = g.category_id
                          AND x.month <= (SELECT max(month) FROM ends)
                        OFFSET 0) m -- probes of the primary key, as the days below
    GROUP BY 1, g.category_id, m.month
), partial_months AS (
    -- the months whose days some end needs: [first day, the last such end]
    SELECT month, max(period_end) AS last_end FROM ends WHERE NOT month_end GROUP BY month
), days AS (
    -- court by court and category by category through the primary key, as the partial months of case-flow
    SELECT CASE WHEN s.court_id IN (SELECT court_id FROM reports) THEN s.court_id END AS court_id, g.category_id,
           d.day, sum(d.from_0) AS from_0, sum(d.from_91) AS from_91, sum(d.from_181) AS from_181,
           sum(d.from_366) AS from_366, sum(d.from_541) AS from_541, sum(d.backlog) AS backlog
    FROM partial_months p
    CROSS JOIN rows_of s
    CROSS JOIN categories g
    CROSS JOIN LATERAL (SELECT x.day, x.from_0, x.from_91, x.from_181, x.from_366, x.from_541, x.backlog
                        FROM pending_age_daily x
                        WHERE x.court_id = s.court_id AND x.category_id = g.category_id
                          AND x.day BETWEEN p.month AND p.last_end
                        OFFSET 0) d -- kept apart (not flattened into a scan of the whole table)
    GROUP BY 1, g.category_id, d.day
), at_ends AS (
    SELECT e.period_end, x.court_id, x.category_id, sum(x.from_0) AS from_0, sum(x.from_91) AS from_91,
           sum(x.from_181) AS from_181, sum(x.from_366) AS from_366, sum(x.from_541) AS from_541,
           sum(x.backlog) AS backlog
    FROM ends e
    JOIN (SELECT court_id, category_id, month AS first_day, last_day, true AS whole_month,
                 from_0, from_91, from_181, from_366, from_541, backlog FROM months
          UNION ALL
          SELECT court_id, category_id, day, day, false, from_0, from_91, from_181, from_366, from_541, backlog
          FROM days) x
      ON x.last_day <= e.period_end
     AND (x.whole_month OR (NOT e.month_end AND x.first_day >= e.month))
    GROUP BY e.period_end, x.court_id, x.category_id
), counted AS (
    SELECT a.period_end,
           sum(a.from_0 - a.from_91) AS pending_age_0_90, sum(a.from_91 - a.from_181) AS pending_age_91_180,
           sum(a.from_181 - a.from_366) AS pending_age_181_365, sum(a.from_366 - a.from_541) AS pending_age_366_540,
           sum(a.from_541) AS pending_age_over_540,
           sum(a.backlog) FILTER (WHERE NOT a.reported) AS backlog,
           sum(a.from_0) FILTER (WHERE b.from_age IS NOT NULL AND NOT a.reported) AS with_standard
    FROM (SELECT a.*, EXISTS (SELECT 1 FROM reports r WHERE r.court_id = a.court_id AND r.period_end = a.period_end
                                 AND (r.category_id IS NULL OR r.category_id = a.category_id)) AS reported
          FROM at_ends a) a
    LEFT JOIN cm_backlog_from() b USING (category_id)
    GROUP BY a.period_end
), reported AS (
    SELECT period_end, sum(backlog) AS backlog, sum(pending_end) AS pending FROM reports GROUP BY period_end
)
SELECT p.period_start, p.period_end,
       coalesce(c.pending_age_0_90, 0)::float8 AS pending_age_0_90,
       coalesce(c.pending_age_91_180, 0)::float8 AS pending_age_91_180,
       coalesce(c.pending_age_181_365, 0)::float8 AS pending_age_181_365,
       coalesce(c.pending_age_366_540, 0)::float8 AS pending_age_366_540,
       coalesce(c.pending_age_over_540, 0)::float8 AS pending_age_over_540,
       cm_ratio(coalesce(c.backlog, 0) + coalesce(x.backlog, 0),
                nullif(coalesce(c.with_standard, 0) + coalesce(x.pending, 0), 0))::float8 AS backlog_share
FROM periods p
LEFT JOIN counted c USING (period_end)
LEFT JOIN reported x USING (period_end)
ORDER BY p.period_start;
