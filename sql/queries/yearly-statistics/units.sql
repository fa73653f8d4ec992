-- The statistics units (or the one of code @unit, when given) with the years they have figures for.
SELECT u.code, u.name, u.kind, u.parent_code AS parent,
       min(y.year)::int AS "FirstYear", max(y.year)::int AS "LastYear"
FROM statistics_units u
LEFT JOIN yearly_statistics y ON y.unit_id = u.id
WHERE @unit::text IS NULL OR u.code = @unit::text
GROUP BY u.id
ORDER BY u.code;
