-- Digital-access measures of a scope for each period of the query (contract: Metrics/MeasureQuery.cs).
-- Whole months come from digital_access_monthly, the other days from digital_access_daily (see case-flow).
-- A category narrows the case-based measures; hearings and portal visits have no category (rows of category 0)
-- and are the same in every category's view.
WITH scope AS (
    SELECT court_id FROM cm_scope_courts(@courtIds::int[], @regionId::smallint)
), whole_months AS (
    SELECT month FROM cm_whole_months(@granularity::text, @from::date, @to::date)
), cells AS (
    SELECT m.month AS day, m.filed, m.filed_electronic, m.filed_extraterritorial, m.filed_ai_assisted, m.resolved,
           m.resolved_published, m.hearings, m.video_hearings, m.portal_visits
    FROM digital_access_monthly m JOIN scope s USING (court_id) JOIN whole_months w USING (month)
    WHERE @categoryId::smallint IS NULL OR m.category_id IN (0, @categoryId::smallint)
    UNION ALL
    SELECT d.day, d.filed, d.filed_electronic, d.filed_extraterritorial, d.filed_ai_assisted, d.resolved,
           d.resolved_published, d.hearings, d.video_hearings, d.portal_visits
    FROM digital_access_daily d JOIN scope s USING (court_id)
    WHERE d.day BETWEEN @from::date AND @to::date
      AND date_trunc('month', d.day)::date NOT IN (SELECT month FROM whole_months)
      AND (@categoryId::smallint IS NULL OR d.category_id IN (0, @categoryId::smallint))
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
    LEFT JOIN cells c ON c.day BETWEEN p.period_start AND p.period_end
    GROUP BY p.period_start, p.period_end
)
SELECT period_start, period_end,
       cm_ratio(filed_electronic, filed)::float8 AS e_filing_share,
       cm_ratio(video_hearings, hearings)::float8 AS video_hearing_share,
       cm_ratio(filed_extraterritorial, filed)::float8 AS extraterritorial_share,
       cm_per_1000_inhabitants(portal_visits, cm_scope_population(@courtIds::int[], @regionId::smallint))::float8 AS portal_visits_per_1000,
       cm_ratio(resolved_published, resolved)::float8 AS judgments_published_share,
       cm_ratio(filed_ai_assisted, filed)::float8 AS ai_assisted_share
FROM per_period
ORDER BY period_start;
