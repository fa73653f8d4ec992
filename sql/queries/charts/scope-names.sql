-- The names a chart's subtitle shows, in the chart's language (cm_name: that language's, else the first offered
-- language's): the region, the courts (a court scope or a set) and the category.
SELECT (SELECT cm_name(names, @language, name) FROM regions WHERE id = @regionId) AS "Region",
       (SELECT array_agg(cm_name(names, @language, name) ORDER BY cm_name(names, @language, name)) FROM courts WHERE id = ANY(@courtIds)) AS "Courts",
       (SELECT cm_name(names, @language, name) FROM case_categories WHERE code = @category) AS "Category";
