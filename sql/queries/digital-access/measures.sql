-- Digital-access measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Whole months come from digital_access_monthly, the other days from digital_access_daily (see case-flow).
-- A category narrows the case-based measures; hearings and portal visits have no category (rows of category 0)
-- and are the same in every category's view.
-- Reported statistics count as in case-flow/measures.sql: a report takes precedence over its court's filings and
-- resolutions for the days it covers, counts in a period only whole, and leaves a share unknown where it does not
-- give the figure (e-filed, judgments published). Reports give no hearings or visits: those stay the rows'.
WITH scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), reports AS (
    SELECT r.court_id, r.category_id, r.period_start, r.period_end, r.incoming, r.resolved, r.e_filed, r.judgments_published
    FROM reported_statistics r JOIN scope s USING (court_id)
    WHERE (@categoryId::smallint IS NULL OR r.category_id IS NULL OR r.category_id = @categoryId::smallint)
      AND r.period_end >= @from::date AND r.period_start <= @to::date
), rows_of AS (
    -- the nation's own rows (court 0) when no report bears on it (migration 0035), else the scope's courts
    SELECT court_id FROM cm_rows_of(@courtIds::int[], @regionId::smallint, EXISTS (SELECT FROM reports))
), whole_months AS (
    SELECT month FROM cm_whole_months(@granularity::text, @from::date, @to::date)
), all_cells AS (
    SELECT m.court_id, m.category_id, m.month AS day, m.filed, m.filed_electronic, m.filed_extraterritorial, m.filed_ai_assisted, m.resolved,
           m.resolved_published, m.hearings, m.video_hearings, m.portal_visits
    FROM rows_of s
    CROSS JOIN (SELECT 0::smallint AS id UNION ALL
                SELECT id FROM case_categories WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint) k
    CROSS JOIN (SELECT min(month) AS first_month, max(month) AS last_month FROM whole_months) w
    CROSS JOIN LATERAL (SELECT m.* FROM digital_access_monthly m
                        WHERE m.court_id = s.court_id AND m.category_id = k.id
                          AND m.month BETWEEN w.first_month AND w.last_month
                        OFFSET 0) m
    UNION ALL
    -- whole months (above) and the other days court by court and category by category through the primary key
    -- (OFFSET 0 keeps each probe a probe: flattened, the planner scans the whole table)
    SELECT s.court_id, k.id, d.day, d.filed, d.filed_electronic, d.filed_extraterritorial, d.filed_ai_assisted, d.resolved,
           d.resolved_published, d.hearings, d.video_hearings, d.portal_visits
    FROM rows_of s
    CROSS JOIN (SELECT 0::smallint AS id UNION ALL
                SELECT id FROM case_categories WHERE @categoryId::smallint IS NULL OR id = @categoryId::smallint) k
    CROSS JOIN cm_partial_spans(@granularity::text, @from::date, @to::date) p
    CROSS JOIN LATERAL (SELECT d.* FROM digital_access_daily d
                        WHERE d.court_id = s.court_id AND d.category_id = k.id AND d.day BETWEEN p.first_day AND p.last_day
                        OFFSET 0) d
), cells AS (
    -- filings and resolutions a report covers give way to it; hearings and visits (category 0) never do
    SELECT * FROM all_cells c
    WHERE c.category_id = 0
       OR NOT EXISTS (SELECT 1 FROM reports r
                      WHERE r.court_id = c.court_id AND (r.category_id IS NULL OR r.category_id = c.category_id)
                        AND c.day BETWEEN r.period_start AND r.period_end)
), reported AS (
    SELECT p.period_start,
           sum(r.incoming) FILTER (WHERE r.whole) AS incoming, sum(r.e_filed) FILTER (WHERE r.whole) AS e_filed,
           sum(r.resolved) FILTER (WHERE r.whole) AS resolved, sum(r.judgments_published) FILTER (WHERE r.whole) AS published,
           bool_or(NOT r.whole OR (r.category_id IS NULL AND @categoryId::smallint IS NOT NULL)) AS split,
           bool_or(r.whole AND (r.e_filed IS NULL OR r.incoming IS NULL)) AS e_filed_unknown,
           bool_or(r.whole AND (r.judgments_published IS NULL OR r.resolved IS NULL)) AS published_unknown
    FROM cm_periods(@granularity::text, @from::date, @to::date) p
    JOIN LATERAL (SELECT r.*, r.period_start >= p.period_start AND r.period_end <= p.period_end AS whole
                  FROM reports r WHERE r.period_start <= p.period_end AND r.period_end >= p.period_start) r ON true
    GROUP BY p.period_start
), per_period AS (
    SELECT p.period_start, p.period_end,
           coalesce(sum(c.filed), 0) AS filed,
           coalesce(sum(c.filed_electronic), 0) AS filed_electronic,
           coalesce(sum(c.filed_extraterritorial), 0) AS filed_extraterritorial,
           coalesce(sum(c.filed_ai_assisted), 0) AS filed_ai_assisted,
           coalesce(sum(c.resolved), 0) AS resolved,
           coalesce(sum(c.resolved_published), 0) AS resolved_published,
           coalesce(sum(c.hearings), 0) AS hearings,
           coalesce(sum(c.video_hearings), 0) AS video_hearings,
           coalesce(sum(c.portal_visits), 0) AS portal_visits
    FROM cm_periods(@granularity::text, @from::date, @to::date) p
    -- each cell straight to its period (a hash aggregate, not a comparison with every period)
    LEFT JOIN cells c ON cm_period_start(@granularity::text, c.day, @from::date) = p.period_start
    GROUP BY p.period_start, p.period_end
)
SELECT b.period_start, b.period_end,
       CASE WHEN coalesce(x.split OR x.e_filed_unknown, false) THEN NULL
            ELSE cm_ratio(b.filed_electronic + coalesce(x.e_filed, 0), b.filed + coalesce(x.incoming, 0)) END::float8 AS e_filing_share,
       cm_ratio(b.video_hearings, b.hearings)::float8 AS video_hearing_share,
       -- reports give neither: the case rows' share, unknown where a report holds some of the period's filings
       CASE WHEN x.period_start IS NULL THEN cm_ratio(b.filed_extraterritorial, b.filed) END::float8 AS extraterritorial_share,
       cm_per_1000_inhabitants(b.portal_visits, cm_scope_population(@courtIds::int[], @regionId::smallint))::float8 AS portal_visits_per_1000,
       CASE WHEN coalesce(x.split OR x.published_unknown, false) THEN NULL
            ELSE cm_ratio(b.resolved_published + coalesce(x.published, 0), b.resolved + coalesce(x.resolved, 0)) END::float8 AS judgments_published_share,
       CASE WHEN x.period_start IS NULL THEN cm_ratio(b.filed_ai_assisted, b.filed) END::float8 AS ai_assisted_share
FROM per_period b LEFT JOIN reported x USING (period_start)
ORDER BY b.period_start;
