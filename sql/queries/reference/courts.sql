-- The courts a user may pick: all of them (@Everything), else those of their scopes and those inside their regions;
-- with their names and their level's names by language.
SELECT c.id AS "Id", c.code AS "Code", c.name AS "Name", c.level AS "Level", c.region_id AS "RegionId",
       r.name AS "RegionName", c.names::text AS "Names", l.names::text AS "LevelNames", c.closed_on AS "Closed"
FROM courts c JOIN regions r ON r.id = c.region_id JOIN court_levels l ON l.code = c.level
WHERE @Everything OR c.id = ANY (@CourtIds::integer[]) OR c.region_id = ANY (@RegionIds::integer[])
ORDER BY r.name, l.rank, c.name;
