-- Full rebuild of the budget aggregates from budget_lines. Gives the same tables as the incremental path.
TRUNCATE budget_daily, budget_monthly, budget_allocated_yearly;

INSERT INTO budget_daily
SELECT court_id, booked_on, sum(spent), coalesce(sum(spent) FILTER (WHERE item = 'personnel'), 0)
FROM budget_lines
GROUP BY court_id, booked_on
HAVING sum(spent) > 0;

-- The nation (court 0, migration 0035).
INSERT INTO budget_daily
SELECT 0, day, sum(spent), sum(personnel_spent) FROM budget_daily GROUP BY day;

INSERT INTO budget_monthly
SELECT court_id, date_trunc('month', day)::date, sum(spent), sum(personnel_spent)
FROM budget_daily
GROUP BY court_id, date_trunc('month', day);

INSERT INTO budget_allocated_yearly
SELECT court_id, fiscal_year, sum(allocated)
FROM budget_lines
GROUP BY court_id, fiscal_year
HAVING sum(allocated) > 0;
