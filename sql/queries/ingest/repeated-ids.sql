-- An id repeated within the file, for kinds keyed by source ids: their check.sql defines the temporary view
-- import_ids (line, source_system, source_id, content: the row's other raw fields). When every repetition is
-- identical to its first line (an extract that lists a case once per subject, say) the first is kept and each
-- repeat is reported, so it is never counted twice; when they differ, which one is right cannot be known and every
-- occurrence is rejected. The repeated keys are found first by hashing (no sort of the whole file); only their
-- rows are compared.
INSERT INTO import_problems (line, column_name, reason, value)
SELECT t.line, 'source_id',
       CASE WHEN d.variants = 1 THEN 'repeated row, identical to an earlier line: counted once'
            ELSE 'duplicate id within the file with different values' END,
       t.source_id || ' (lines ' || d.lines || ')'
FROM (SELECT i.source_system, i.source_id, min(i.line) AS first_line, count(DISTINCT i.content) AS variants,
             array_to_string((array_agg(i.line ORDER BY i.line))[1:5], ', ') || CASE WHEN count(*) > 5 THEN ', …' ELSE '' END AS lines
      FROM import_ids i
      JOIN (SELECT source_system, source_id FROM import_ids GROUP BY source_system, source_id HAVING count(*) > 1) AS k
        USING (source_system, source_id)
      GROUP BY i.source_system, i.source_id) AS d
JOIN import_ids t USING (source_system, source_id)
WHERE d.variants > 1 OR t.line <> d.first_line
ORDER BY t.line;
