-- The regions' map (Maps/): each region's outline (GeoJSON, lon/lat) and tile cell have been stored since 0029; the
-- map now draws them, so the database holds them to what a map needs: a tile is a whole cell (column and row, or
-- neither), no two regions share one (checked at commit: a file may move regions between cells), and an outline is a
-- geometry. map_version moves with every change of the regions, so each node keeps its projected map until then
-- instead of reading and projecting every outline for each request.
ALTER TABLE regions
    ADD CONSTRAINT regions_tile_whole CHECK ((tile_column IS NULL) = (tile_row IS NULL)),
    ADD CONSTRAINT regions_tile_unique UNIQUE (tile_column, tile_row) DEFERRABLE INITIALLY DEFERRED,
    ADD CONSTRAINT regions_outline_geometry CHECK (outline ->> 'type' IN ('Polygon', 'MultiPolygon', 'Feature'));

ALTER TABLE court_system_settings ADD COLUMN map_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION cm_regions_map_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE court_system_settings SET map_version = map_version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER regions_map_changed
AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE ON regions
FOR EACH STATEMENT EXECUTE FUNCTION cm_regions_map_changed();
