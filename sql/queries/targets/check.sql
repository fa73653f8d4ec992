-- What a target edit must know: does its court exist, which id its category has, and how many targets there are.
SELECT (@CourtId::int IS NULL OR EXISTS (SELECT 1 FROM courts WHERE id = @CourtId)) AS "CourtExists",
       (SELECT id FROM case_categories WHERE code = @Category OR id::text = @Category LIMIT 1) AS "CategoryId",
       (SELECT count(*) FROM measure_targets) AS "Targets";
