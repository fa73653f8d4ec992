-- How many problems of each reason, and how many distinct lines are bad (a line may have several problems).
SELECT reason, count(*) AS problems, count(DISTINCT line) AS lines,
       (SELECT count(DISTINCT line) FROM import_problems) AS bad_lines
FROM import_problems
GROUP BY reason
ORDER BY count(*) DESC, reason;
