-- Yearly-statistics measures through /api/measures (contract: Metrics/MeasureQuery.cs).
-- Statistics units are not the product's courts, so @courtIds, @regionId and @categoryId do not apply. What this
-- answers is the reference figure a dashboard sets beside its own: the units of kind 'country' added up (with one
-- country imported, that country's published figures), then the family's formulas on the sums. A unit of any
-- kind is read with GET /api/yearly-statistics?unit=<code> (unit-measures.sql). Figures exist per calendar year:
-- a period that is exactly one year (granularity year, or a one-year range) gets them, any other period NULLs.
WITH sums AS (
    SELECT p.period_start, p.period_end,
           sum(y.incoming) AS incoming, sum(y.resolved) AS resolved, sum(y.pending_start) AS pending_start,
           sum(y.pending_end) AS pending_end, sum(y.spending) AS spending, sum(y.population) AS population,
           sum(y.gdp) AS gdp, sum(y.judges) AS judges
    FROM cm_periods(@granularity::text, @from::date, @to::date) p
    LEFT JOIN (yearly_statistics y JOIN statistics_units u ON u.id = y.unit_id AND u.kind = 'country')
           ON p.period_start = make_date(y.year, 1, 1) AND p.period_end = make_date(y.year, 12, 31)
    GROUP BY p.period_start, p.period_end
)
SELECT s.period_start, s.period_end, m.*
FROM sums s
CROSS JOIN LATERAL cm_yearly_measures(s.incoming, s.resolved, s.pending_start, s.pending_end, s.spending,
                                      s.population, s.gdp, s.judges) AS m
ORDER BY s.period_start;
