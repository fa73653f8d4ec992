-- The items of an accepted batch per kind; identical repeats of an item count once.
SELECT kind, count(DISTINCT item) AS items FROM api_items GROUP BY kind ORDER BY kind;
