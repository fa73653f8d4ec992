-- The regions of @RegionIds and the courts of @CourtIds that are not there, as 'region:<id>' and 'court:<id>'.
SELECT 'region:' || t.id FROM unnest(@RegionIds::integer[]) AS t(id) WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.id = t.id)
UNION ALL
SELECT 'court:' || t.id FROM unnest(@CourtIds::integer[]) AS t(id) WHERE NOT EXISTS (SELECT 1 FROM courts c WHERE c.id = t.id);
