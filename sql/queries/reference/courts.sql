-- The courts a user may pick: all of them (@Everything), else those of their scopes and those inside their regions.
SELECT c.id AS "Id", c.code AS "Code", c.name AS "Name", c.level AS "Level", c.region_id AS "RegionId",
       r.name AS "RegionName"
FROM courts c JOIN regions r ON r.id = c.region_id
WHERE @Everything OR c.id = ANY (@CourtIds::integer[]) OR c.region_id = ANY (@RegionIds::integer[])
ORDER BY r.name, c.level DESC, c.name;
