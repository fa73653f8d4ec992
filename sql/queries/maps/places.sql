-- Where each region is on the map (Maps/MapLayout): its outline and tile cell, with map_version (migration 0038),
-- which moves with every change of the regions, so a node keeps its projected map until then.
SELECT id AS "Id", code AS "Code", outline::text AS "Outline", tile_column AS "TileColumn", tile_row AS "TileRow"
FROM regions
ORDER BY code;
