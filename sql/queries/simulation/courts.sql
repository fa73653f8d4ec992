SELECT id AS "Id", code AS "Code", name AS "Name", region_id AS "RegionId", level AS "Level",
       population_served AS "PopulationServed", judges AS "Judges"
FROM courts
ORDER BY id
