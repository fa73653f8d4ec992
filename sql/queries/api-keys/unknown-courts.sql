-- The codes of @courts that are not courts.
SELECT t.code FROM unnest(@courts::text[]) AS t(code) WHERE NOT EXISTS (SELECT 1 FROM courts c WHERE c.code = t.code) ORDER BY t.code;
