INSERT INTO courts (id, code, name, region_id, level, population_served, judges)
VALUES (@Id, @Code, @Name, @RegionId, @Level, @PopulationServed, @Judges)
