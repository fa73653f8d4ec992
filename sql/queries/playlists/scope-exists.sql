-- Whether a playlist's scope names a region or court that exists (the nation always does).
SELECT CASE split_part(@Scope, ':', 1)
         WHEN 'region' THEN EXISTS (SELECT 1 FROM regions WHERE id = split_part(@Scope, ':', 2)::integer)
         WHEN 'court' THEN EXISTS (SELECT 1 FROM courts WHERE id = split_part(@Scope, ':', 2)::integer)
         ELSE true
       END;
