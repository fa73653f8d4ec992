-- The regions a user may pick: all of them (@Everything), else those of their scopes.
SELECT id AS "Id", code AS "Code", name AS "Name", population AS "Population" FROM regions
WHERE @Everything OR id = ANY (@RegionIds::integer[])
ORDER BY name;
