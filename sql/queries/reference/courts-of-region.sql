-- The courts a ranking compares: those of one region, or all.
SELECT c.id AS "Id", c.name AS "Name", r.name AS "Region"
FROM courts c JOIN regions r ON r.id = c.region_id
WHERE @RegionId::smallint IS NULL OR c.region_id = @RegionId
ORDER BY c.id;
