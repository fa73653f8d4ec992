-- The newest alerts (or those of the given ids), with what a feed shows: all (@Everything), or those of the regions
-- and courts of a viewer's scopes (a court's alert also to the viewers of its region).
SELECT a.id AS "Id", a.raised_at AS "RaisedAt", a.metric_id AS "Metric", a.scope AS "Scope",
       coalesce(c.name, r.name, 'National') AS "ScopeName", k.code AS "Category",
       a.period_start AS "PeriodStart", a.period_end AS "PeriodEnd", a.value AS "Value", a.target AS "Target", a.met AS "Met"
FROM alerts a
LEFT JOIN courts c ON a.scope = 'court:' || c.id
LEFT JOIN regions r ON a.scope = 'region:' || r.id
LEFT JOIN case_categories k ON k.id = a.category_id
WHERE (@Ids::bigint[] IS NULL OR a.id = ANY (@Ids))
  AND (@Everything OR r.id = ANY (@RegionIds::integer[])
       OR c.id = ANY (@CourtIds::integer[]) OR c.region_id = ANY (@RegionIds::integer[]))
ORDER BY a.raised_at DESC, a.id DESC
LIMIT @Limit;
