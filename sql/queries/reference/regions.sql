SELECT id AS "Id", code AS "Code", name AS "Name", population AS "Population" FROM regions ORDER BY name;
