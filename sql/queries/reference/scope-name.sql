-- The display name of a scope; NULL when the court or region does not exist.
SELECT CASE
         WHEN @CourtId::int IS NOT NULL THEN (SELECT name FROM courts WHERE id = @CourtId)
         WHEN @RegionId::smallint IS NOT NULL THEN (SELECT name FROM regions WHERE id = @RegionId)
         ELSE 'National'
       END;
