-- Converts the staged reports once (court and category codes → ids, the period → its days, numbers) and records
-- every problem, set-based: a missing or unknown court or category, a period that is none or not over yet, a
-- period outside the court's opening and closing, numbers that are not whole or negative, the same court,
-- category and period twice in the file, and periods that overlap for a court and category (or between a
-- category and "all categories") — in the file or against the stored reports of another period. Pending figures
-- that do not add up are stored as reported and listed as warnings.
ANALYZE import_raw;
CREATE TEMP TABLE import_reports ON COMMIT DROP AS
SELECT r.line, r.court, c.id AS court_id, c.opened_on, c.closed_on, r.category, k.id AS category_id,
       r.period AS period_raw, p.period_start, p.period_end, n.*
FROM import_raw r
LEFT JOIN courts c ON c.code = r.court
LEFT JOIN case_categories k ON k.code = r.category
CROSS JOIN LATERAL cm_report_period(r.period, (SELECT fiscal_year_start_month FROM court_system_settings)) p
CROSS JOIN LATERAL (SELECT
    r.incoming AS incoming_raw, cm_import_number(r.incoming, @decimalComma, @thousands::text) AS incoming,
    r.resolved AS resolved_raw, cm_import_number(r.resolved, @decimalComma, @thousands::text) AS resolved,
    r.pending_start AS pending_start_raw, cm_import_number(r.pending_start, @decimalComma, @thousands::text) AS pending_start,
    r.pending_end AS pending_end_raw, cm_import_number(r.pending_end, @decimalComma, @thousands::text) AS pending_end,
    r.backlog AS backlog_raw, cm_import_number(r.backlog, @decimalComma, @thousands::text) AS backlog,
    r.e_filed AS e_filed_raw, cm_import_number(r.e_filed, @decimalComma, @thousands::text) AS e_filed,
    r.video_hearings AS video_hearings_raw, cm_import_number(r.video_hearings, @decimalComma, @thousands::text) AS video_hearings,
    r.judgments_published AS judgments_published_raw, cm_import_number(r.judgments_published, @decimalComma, @thousands::text) AS judgments_published,
    r.spending AS spending_raw, cm_import_number(r.spending, @decimalComma, @thousands::text) AS spending) AS n;
ANALYZE import_reports;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, p.column_name, p.reason, p.value
FROM import_reports t
CROSS JOIN LATERAL (VALUES
    ('court', t.court, CASE WHEN t.court IS NULL THEN 'required value missing'
                            WHEN t.court_id IS NULL THEN 'unknown court code' END),
    ('category', t.category, CASE WHEN t.category IS NOT NULL AND t.category_id IS NULL THEN 'unknown category code' END),
    ('period', t.period_raw, CASE WHEN t.period_raw IS NULL THEN 'required value missing'
                                  WHEN t.period_start IS NULL THEN 'not a period (2023, 2023-07, 2023-Q3, 2023-H2, FY2023 or 2022-07-01/2023-06-30)'
                                  WHEN t.period_start < date '1900-01-01' THEN 'impossible period (before 1900)'
                                  WHEN t.period_end > current_date THEN 'period not over yet (ends ' || t.period_end || ')'
                                  WHEN t.closed_on < t.period_start THEN 'the court closed on ' || t.closed_on || ', before the period'
                                  WHEN t.opened_on > t.period_end THEN 'the court opened on ' || t.opened_on || ', after the period' END)
) AS p(column_name, value, reason)
WHERE p.reason IS NOT NULL
UNION ALL
SELECT t.line, v.column_name, n.reason, v.raw
FROM import_reports t
CROSS JOIN LATERAL (VALUES
    ('incoming', t.incoming_raw, t.incoming, true), ('resolved', t.resolved_raw, t.resolved, true),
    ('pending_start', t.pending_start_raw, t.pending_start, true), ('pending_end', t.pending_end_raw, t.pending_end, true),
    ('backlog', t.backlog_raw, t.backlog, true), ('e_filed', t.e_filed_raw, t.e_filed, true),
    ('video_hearings', t.video_hearings_raw, t.video_hearings, true),
    ('judgments_published', t.judgments_published_raw, t.judgments_published, true),
    ('spending', t.spending_raw, t.spending, false)
) AS v(column_name, raw, value, whole)
CROSS JOIN LATERAL (SELECT CASE WHEN v.raw IS NULL THEN NULL
                                WHEN v.value IS NULL THEN 'not a number'
                                WHEN v.value < 0 THEN 'negative amount'
                                WHEN v.value >= 1e15 THEN 'amount too large'
                                WHEN v.whole AND v.value <> trunc(v.value) THEN 'not a whole number' END) AS n(reason)
WHERE n.reason IS NOT NULL;

-- Two reports of a court overlap when their periods share a day and they are of one category, or one of them is
-- of all categories. The same period twice is a repetition; other overlaps would count cases twice.
INSERT INTO import_problems (line, column_name, reason, value)
SELECT DISTINCT ON (a.line) a.line, 'period',
       CASE WHEN (a.period_start, a.period_end) = (b.period_start, b.period_end)
            THEN 'court, category and period repeated within the file (line ' || b.line || ')'
            ELSE 'overlaps the report on line ' || b.line || ' (' || b.period_start || ' – ' || b.period_end || ')' END,
       a.period_raw
FROM import_reports a
JOIN import_reports b ON b.court_id = a.court_id AND b.line <> a.line
 AND (a.category_id IS NOT DISTINCT FROM b.category_id OR a.category_id IS NULL OR b.category_id IS NULL)
 AND b.period_start <= a.period_end AND b.period_end >= a.period_start
ORDER BY a.line, b.line;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT DISTINCT ON (a.line) a.line, 'period',
       'overlaps the stored report of ' || coalesce(k.code, 'all categories') || ' for ' || s.period_start || ' – ' || s.period_end,
       a.period_raw
FROM import_reports a
JOIN reported_statistics s ON s.court_id = a.court_id
 AND (a.category_id IS NOT DISTINCT FROM s.category_id OR a.category_id IS NULL OR s.category_id IS NULL)
 AND s.period_start <= a.period_end AND s.period_end >= a.period_start
 AND NOT (s.period_start = a.period_start AND s.period_end = a.period_end AND a.category_id IS NOT DISTINCT FROM s.category_id)
LEFT JOIN case_categories k ON k.id = s.category_id
WHERE a.court_id IS NOT NULL AND a.period_start IS NOT NULL
ORDER BY a.line, s.period_start;

INSERT INTO import_warnings (line, column_name, reason, value)
SELECT t.line, 'pending_end',
       format('pending at the end (%s) is not pending at the start + incoming − resolved (%s): stored as reported, a difference of %s',
              t.pending_end, t.pending_start + t.incoming - t.resolved, t.pending_end - (t.pending_start + t.incoming - t.resolved)),
       t.pending_end_raw
FROM import_reports t
WHERE t.pending_end <> t.pending_start + t.incoming - t.resolved;
