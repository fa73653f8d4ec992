-- Problems the CSV reader found (malformed rows, undecodable text, missing headers), in one statement.
INSERT INTO import_problems (line, column_name, reason, value)
SELECT * FROM unnest(@lines::int[], @columns::text[], @reasons::text[], @values::text[]);
