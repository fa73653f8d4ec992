-- How many distinct problems, and how many distinct bad items, a batch has.
SELECT count(DISTINCT (idx, field, reason)) AS problems, count(DISTINCT idx) AS items FROM api_problems;
