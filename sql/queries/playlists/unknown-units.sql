-- The peer units named by a playlist's slides that have no yearly statistics.
SELECT wanted FROM unnest(@Codes::text[]) AS wanted
WHERE NOT EXISTS (SELECT 1 FROM statistics_units u WHERE u.code = wanted)
ORDER BY wanted;
