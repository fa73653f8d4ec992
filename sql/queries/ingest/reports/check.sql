-- Converts the staged reports once (court and category codes → ids, the period → its days, numbers) and records
-- every problem, set-based: a missing or unknown court or category, a period that is none or not over yet, a
-- period outside the court's opening and closing, numbers that are not whole or negative, the same court,
-- category and period twice in the file, and periods that overlap for a court and category (or between a
-- category and "all categories") — in the file or against the stored reports of another period. Pending figures
-- that do not add up are stored as reported and listed as warnings.
-- The overlap checks below probe an index once per row; memoizing those probes (distinct keys every time) costs
-- thirty times the probes themselves.
SET LOCAL enable_memoize = off;
ANALYZE import_raw;
-- Each distinct text is converted once (a report file repeats its periods and many of its numbers): the
-- conversions cost microseconds each, and a national file has hundreds of thousands of rows.
CREATE TEMP TABLE import_numbers ON COMMIT DROP AS
SELECT v AS raw, n.value,
       -- what is wrong with it as a count, and as an amount of money (NULL: nothing)
       CASE WHEN n.value IS NULL THEN 'not a number' WHEN n.value < 0 THEN 'negative amount'
            WHEN n.value >= 1e15 THEN 'amount too large' WHEN n.value <> trunc(n.value) THEN 'not a whole number' END AS count_problem,
       CASE WHEN n.value IS NULL THEN 'not a number' WHEN n.value < 0 THEN 'negative amount'
            WHEN n.value >= 1e15 THEN 'amount too large' END AS amount_problem
FROM (SELECT incoming FROM import_raw UNION SELECT resolved FROM import_raw UNION SELECT pending_start FROM import_raw
      UNION SELECT pending_end FROM import_raw UNION SELECT backlog FROM import_raw UNION SELECT e_filed FROM import_raw
      UNION SELECT video_hearings FROM import_raw UNION SELECT judgments_published FROM import_raw
      UNION SELECT spending FROM import_raw) AS d(v)
CROSS JOIN LATERAL (SELECT cm_import_number(v, @decimalComma, @thousands::text) AS value OFFSET 0) AS n  -- once, not per use
WHERE v IS NOT NULL;
CREATE TEMP TABLE import_periods ON COMMIT DROP AS
SELECT d.raw, p.period_start, p.period_end
FROM (SELECT DISTINCT period AS raw FROM import_raw WHERE period IS NOT NULL) d
CROSS JOIN LATERAL cm_report_period(d.raw, (SELECT fiscal_year_start_month FROM court_system_settings)) p;
ANALYZE import_numbers;
ANALYZE import_periods;
CREATE TEMP TABLE import_reports ON COMMIT DROP AS
SELECT r.line, r.court, c.id AS court_id, c.opened_on, c.closed_on, r.category, k.id AS category_id,
       r.period AS period_raw, p.period_start, p.period_end,
       r.incoming AS incoming_raw, n1.value AS incoming, r.resolved AS resolved_raw, n2.value AS resolved,
       r.pending_start AS pending_start_raw, n3.value AS pending_start, r.pending_end AS pending_end_raw, n4.value AS pending_end,
       r.backlog AS backlog_raw, n5.value AS backlog, r.e_filed AS e_filed_raw, n6.value AS e_filed,
       r.video_hearings AS video_hearings_raw, n7.value AS video_hearings,
       r.judgments_published AS judgments_published_raw, n8.value AS judgments_published,
       r.spending AS spending_raw, n9.value AS spending,
       n1.count_problem AS incoming_problem, n2.count_problem AS resolved_problem, n3.count_problem AS pending_start_problem,
       n4.count_problem AS pending_end_problem, n5.count_problem AS backlog_problem, n6.count_problem AS e_filed_problem,
       n7.count_problem AS video_hearings_problem, n8.count_problem AS judgments_published_problem,
       n9.amount_problem AS spending_problem
FROM import_raw r
LEFT JOIN courts c ON c.code = r.court
LEFT JOIN case_categories k ON k.code = r.category
LEFT JOIN import_periods p ON p.raw = r.period
LEFT JOIN import_numbers n1 ON n1.raw = r.incoming
LEFT JOIN import_numbers n2 ON n2.raw = r.resolved
LEFT JOIN import_numbers n3 ON n3.raw = r.pending_start
LEFT JOIN import_numbers n4 ON n4.raw = r.pending_end
LEFT JOIN import_numbers n5 ON n5.raw = r.backlog
LEFT JOIN import_numbers n6 ON n6.raw = r.e_filed
LEFT JOIN import_numbers n7 ON n7.raw = r.video_hearings
LEFT JOIN import_numbers n8 ON n8.raw = r.judgments_published
LEFT JOIN import_numbers n9 ON n9.raw = r.spending;
ANALYZE import_reports;

-- Only the bad rows are spread into one row per field (a good file costs one scan here).
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
                                  WHEN t.opened_on > t.period_end THEN 'the court opened on ' || t.opened_on || ', after the period' END),
    ('incoming', t.incoming_raw, t.incoming_problem), ('resolved', t.resolved_raw, t.resolved_problem),
    ('pending_start', t.pending_start_raw, t.pending_start_problem), ('pending_end', t.pending_end_raw, t.pending_end_problem),
    ('backlog', t.backlog_raw, t.backlog_problem), ('e_filed', t.e_filed_raw, t.e_filed_problem),
    ('video_hearings', t.video_hearings_raw, t.video_hearings_problem),
    ('judgments_published', t.judgments_published_raw, t.judgments_published_problem),
    ('spending', t.spending_raw, t.spending_problem)
) AS p(column_name, value, reason)
WHERE (t.court_id IS NULL OR (t.category IS NOT NULL AND t.category_id IS NULL) OR t.period_start IS NULL
       OR t.period_start < date '1900-01-01' OR t.period_end > current_date OR t.closed_on < t.period_start
       OR t.opened_on > t.period_end
       OR num_nonnulls(t.incoming_problem, t.resolved_problem, t.pending_start_problem, t.pending_end_problem, t.backlog_problem,
                       t.e_filed_problem, t.video_hearings_problem, t.judgments_published_problem, t.spending_problem) > 0)
  AND p.reason IS NOT NULL;

-- Two reports of a court overlap when their periods share a day and they are of one category, or one of them is
-- of all categories. The same period twice is a repetition; other overlaps would count cases twice. Each pair is
-- found through an index range (reports starting at most the longest report's length earlier), never all pairs.
CREATE INDEX ON import_reports (court_id, (coalesce(category_id, 0)), period_start);
ANALYZE import_reports;
INSERT INTO import_problems (line, column_name, reason, value)
SELECT DISTINCT ON (a.line) a.line, 'period',
       CASE WHEN (a.period_start, a.period_end) = (b.period_start, b.period_end) AND a.category_id IS NOT DISTINCT FROM b.category_id
            THEN 'court, category and period repeated within the file (line ' || b.line || ')'
            ELSE 'overlaps the report on line ' || b.line || ' (' || b.period_start || ' – ' || b.period_end || ')' END,
       a.period_raw
FROM import_reports a
CROSS JOIN LATERAL (
    SELECT b.* FROM import_reports b
    WHERE b.court_id = a.court_id AND coalesce(b.category_id, 0) = coalesce(a.category_id, 0) AND b.line <> a.line
      AND b.period_start BETWEEN a.period_start - (SELECT max(period_end - period_start) FROM import_reports) AND a.period_end
      AND b.period_end >= a.period_start
    UNION ALL
    -- a report of all categories and one of a category
    SELECT b.* FROM import_reports b
    WHERE b.court_id = a.court_id AND (a.category_id IS NULL) <> (b.category_id IS NULL)
      AND (a.category_id IS NULL OR EXISTS (SELECT 1 FROM import_reports n WHERE n.category_id IS NULL))
      AND b.period_start BETWEEN a.period_start - (SELECT max(period_end - period_start) FROM import_reports) AND a.period_end
      AND b.period_end >= a.period_start) b
WHERE a.court_id IS NOT NULL AND a.period_start IS NOT NULL
ORDER BY a.line, b.line;

INSERT INTO import_problems (line, column_name, reason, value)
SELECT DISTINCT ON (a.line) a.line, 'period',
       'overlaps the stored report of ' || coalesce(k.code, 'all categories') || ' for ' || s.period_start || ' – ' || s.period_end,
       a.period_raw
FROM import_reports a
CROSS JOIN LATERAL (
    SELECT s.* FROM reported_statistics s
    WHERE s.court_id = a.court_id
      AND (coalesce(s.category_id, 0) = coalesce(a.category_id, 0) OR coalesce(s.category_id, 0) = 0)
      AND s.period_start BETWEEN a.period_start - (SELECT coalesce(max(period_end - period_start), 0) FROM reported_statistics) AND a.period_end
      AND s.period_end >= a.period_start
    UNION ALL
    -- a report of all categories against the stored reports of every category
    SELECT s.* FROM reported_statistics s
    WHERE a.category_id IS NULL AND s.court_id = a.court_id AND s.category_id IS NOT NULL
      AND s.period_start BETWEEN a.period_start - (SELECT coalesce(max(period_end - period_start), 0) FROM reported_statistics) AND a.period_end
      AND s.period_end >= a.period_start) s
LEFT JOIN case_categories k ON k.id = s.category_id
WHERE a.court_id IS NOT NULL AND a.period_start IS NOT NULL
  AND NOT (s.period_start = a.period_start AND s.period_end = a.period_end AND a.category_id IS NOT DISTINCT FROM s.category_id)
ORDER BY a.line, s.period_start;

INSERT INTO import_warnings (line, column_name, reason, value)
SELECT t.line, 'pending_end',
       format('pending at the end (%s) is not pending at the start + incoming − resolved (%s): stored as reported, a difference of %s',
              t.pending_end, t.pending_start + t.incoming - t.resolved, t.pending_end - (t.pending_start + t.incoming - t.resolved)),
       t.pending_end_raw
FROM import_reports t
WHERE t.pending_end <> t.pending_start + t.incoming - t.resolved;
