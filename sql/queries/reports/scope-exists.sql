-- Whether a schedule's scope names a part of the court system.
SELECT CASE @Kind
         WHEN 'region' THEN EXISTS (SELECT 1 FROM regions WHERE id = @Id)
         WHEN 'court' THEN EXISTS (SELECT 1 FROM courts WHERE id = @Id)
         ELSE true
       END;
