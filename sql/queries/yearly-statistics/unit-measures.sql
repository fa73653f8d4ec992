-- One statistics unit's measures for each year it reported in [@fromYear, @toYear], as calendar-year periods.
SELECT make_date(y.year, 1, 1) AS period_start, make_date(y.year, 12, 31) AS period_end, m.*
FROM statistics_units u
JOIN yearly_statistics y ON y.unit_id = u.id
CROSS JOIN LATERAL cm_yearly_measures(y.incoming, y.resolved, y.pending_start, y.pending_end, y.spending,
                                      y.population, y.gdp, y.judges) AS m
WHERE u.code = @unit AND y.year BETWEEN @fromYear AND @toYear
ORDER BY y.year;
