-- The names a chart's subtitle shows: the region, the courts (a court scope or a set) and the category.
SELECT (SELECT name FROM regions WHERE id = @regionId) AS "Region",
       (SELECT array_agg(name ORDER BY name) FROM courts WHERE id = ANY(@courtIds)) AS "Courts",
       (SELECT name FROM case_categories WHERE code = @category) AS "Category";
