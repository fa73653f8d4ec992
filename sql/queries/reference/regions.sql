-- The regions a user may pick: all of them (@Everything), else those of their scopes. Names: by language (the page
-- picks the reader's, else the first offered language's, else Name).
SELECT id AS "Id", code AS "Code", name AS "Name", population AS "Population", names::text AS "Names" FROM regions
WHERE @Everything OR id = ANY (@RegionIds::integer[])
ORDER BY name;
