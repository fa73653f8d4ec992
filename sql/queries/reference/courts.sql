SELECT c.id AS "Id", c.code AS "Code", c.name AS "Name", c.level AS "Level", c.region_id AS "RegionId",
       r.name AS "RegionName"
FROM courts c JOIN regions r ON r.id = c.region_id
ORDER BY r.name, c.level DESC, c.name;
