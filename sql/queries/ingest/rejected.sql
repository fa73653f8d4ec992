-- The rejected rows of an import as they were staged (raw text), with every reason, for the rejected-rows CSV.
-- Rows the CSV reader could not split have no staged values, only their line and reasons.
SELECT p.line AS rejected_line, p.reasons AS rejected_reasons, r.*
FROM (SELECT line, string_agg(column_name || ': ' || reason, '; ' ORDER BY seq) AS reasons
      FROM import_problems GROUP BY line) AS p
LEFT JOIN import_raw r USING (line)
ORDER BY p.line;
