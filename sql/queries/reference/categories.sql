SELECT id AS "Id", code AS "Code", name AS "Name", names::text AS "Names" FROM case_categories ORDER BY id;
