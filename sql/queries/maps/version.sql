-- The regions' map version (migration 0038): a projected map is kept until it moves.
SELECT map_version FROM court_system_settings;
