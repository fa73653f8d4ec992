-- Age of the active pending caseload (NCSC CourTools 4) at the end of each period of the query (contract:
-- Metrics/MeasureQuery.cs), and the backlog share (IFCE Global Measure 5, case backlog).
-- Pending at day D = filed_on ≤ D and (disposed_on IS NULL or disposed_on > D); its age at D = D − filed_on.
-- Backlog = pending cases older than their own category's longest time standard (time_standards); categories
-- without standards count in the age buckets but not in the backlog share. A court's report ending on a period's
-- last day with its backlog and pending caseload gives them for that day, in place of its cases there (the rule
-- of case-flow/measures.sql); reports give no ages, so the age buckets are the case rows' alone.
--
-- Set-based on cases, no aggregate of its own: the cases pending at any period end are read once (open cases
-- through cases_pending, disposed ones after the first end through cases_disposed_cell), and each one is counted
-- at the consecutive period ends it spans (found by binary search, width_bucket). Cost: one row per group of cases
-- with the same category, filing and disposal days and per period end it is pending at — a court's year by month
-- is thousands of rows, the nation's five years by month at 10M cases tens of millions (seconds; BENCHMARKS.md). That is why this
-- is a family apart from case-durations, whose histograms answer any scope in milliseconds.
WITH periods AS (
    SELECT period_start, period_end FROM cm_periods(@granularity::text, @from::date, @to::date)
), ends AS (
    SELECT array_agg(period_end ORDER BY period_end) AS e, count(*)::int AS n,
           min(period_end) AS first_end, max(period_end) AS last_end
    FROM periods
), scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), reports AS (
    SELECT r.court_id, r.category_id, r.period_end, r.backlog, r.pending_end
    FROM reported_statistics r JOIN scope s USING (court_id)
    WHERE (@categoryId::smallint IS NULL OR r.category_id = @categoryId::smallint)
      AND r.period_end IN (SELECT period_end FROM periods) AND r.backlog IS NOT NULL AND r.pending_end IS NOT NULL
), categories AS (
    SELECT id AS category_id FROM case_categories
    WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint
), alive AS (
    SELECT k.court_id, k.category_id, k.filed_on, k.disposed_on
    FROM scope s
    JOIN cases k ON k.court_id = s.court_id
    WHERE k.disposed_on IS NULL AND k.filed_on <= (SELECT last_end FROM ends)
      AND k.category_id IN (SELECT category_id FROM categories)
    UNION ALL
    SELECT k.court_id, k.category_id, k.filed_on, k.disposed_on
    FROM scope s
    CROSS JOIN categories g
    JOIN cases k ON k.court_id = s.court_id AND k.category_id = g.category_id
                AND k.disposed_on > (SELECT first_end FROM ends)
    WHERE k.filed_on <= (SELECT last_end FROM ends)
), grouped AS (
    -- Cases with the same category, filing and disposal days span the same ends at the same ages: spread each such
    -- group once (the nation's 12 months at 10M cases: 5.4–6.9 s case by case, 3.2 s grouped).
    -- (by court too only when a report may replace a court's cases)
    SELECT CASE WHEN EXISTS (SELECT 1 FROM reports) THEN court_id END AS court_id, category_id, filed_on, disposed_on,
           count(*) AS cases
    FROM alive GROUP BY 1, category_id, filed_on, disposed_on
), spans AS (
    -- Ends number 1…n in order; a case is pending at ends (#ends before filing + 1) … (#ends before disposal).
    SELECT a.court_id, a.category_id, ends.e[i] - a.filed_on AS age, ends.e[i] AS period_end, a.cases
    FROM grouped a
    CROSS JOIN ends
    CROSS JOIN LATERAL generate_series(width_bucket(a.filed_on - 1, ends.e) + 1,
                                       CASE WHEN a.disposed_on IS NULL THEN ends.n
                                            ELSE width_bucket(a.disposed_on - 1, ends.e) END) AS i
), longest AS (
    SELECT category_id, max(within_days) AS within_days FROM time_standards GROUP BY category_id
), counted AS (
    SELECT s.period_end,
           sum(s.cases) FILTER (WHERE s.age <= 90) AS pending_age_0_90,
           sum(s.cases) FILTER (WHERE s.age BETWEEN 91 AND 180) AS pending_age_91_180,
           sum(s.cases) FILTER (WHERE s.age BETWEEN 181 AND 365) AS pending_age_181_365,
           sum(s.cases) FILTER (WHERE s.age BETWEEN 366 AND 540) AS pending_age_366_540,
           sum(s.cases) FILTER (WHERE s.age > 540) AS pending_age_over_540,
           sum(s.cases) FILTER (WHERE s.age > l.within_days AND NOT s.reported) AS backlog,
           sum(s.cases) FILTER (WHERE l.within_days IS NOT NULL AND NOT s.reported) AS with_standard
    FROM (SELECT s.*, EXISTS (SELECT 1 FROM reports r WHERE r.court_id = s.court_id AND r.period_end = s.period_end
                                 AND (r.category_id IS NULL OR r.category_id = s.category_id)) AS reported
          FROM spans s) s
    LEFT JOIN longest l USING (category_id)
    GROUP BY s.period_end
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
