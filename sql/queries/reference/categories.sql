SELECT id AS "Id", code AS "Code", name AS "Name" FROM case_categories ORDER BY id;
