-- Recompute the claimed budget cells: spending of the court-days (category-0 cells, marked by budget lines and the
-- other court-day facts), then their months, then the allocations of the claimed courts' fiscal years (budget
-- lines mark 1 January of theirs). Case cells concern no budget table.
CREATE TEMP TABLE fresh_spending ON COMMIT DROP AS
SELECT c.court_id, c.day,
       coalesce(sum(b.spent), 0) AS spent,
       coalesce(sum(b.spent) FILTER (WHERE b.item = 'personnel'), 0) AS personnel_spent
FROM claimed_cells c
LEFT JOIN budget_lines b ON b.court_id = c.court_id AND b.booked_on = c.day
WHERE c.category_id = 0
GROUP BY c.court_id, c.day;

DELETE FROM budget_daily d USING fresh_spending f WHERE d.court_id = f.court_id AND d.day = f.day;

INSERT INTO budget_daily SELECT * FROM fresh_spending WHERE spent > 0;

CREATE TEMP TABLE touched_budget_months ON COMMIT DROP AS
SELECT DISTINCT court_id, date_trunc('month', day)::date AS month FROM fresh_spending;

DELETE FROM budget_monthly m USING touched_budget_months t WHERE m.court_id = t.court_id AND m.month = t.month;

INSERT INTO budget_monthly
SELECT d.court_id, t.month, sum(d.spent), sum(d.personnel_spent)
FROM touched_budget_months t
JOIN budget_daily d ON d.court_id = t.court_id AND d.day >= t.month AND d.day < (t.month + interval '1 month')
GROUP BY d.court_id, t.month;

CREATE TEMP TABLE touched_fiscal_years ON COMMIT DROP AS
SELECT DISTINCT court_id, extract(year FROM day)::smallint AS fiscal_year FROM fresh_spending;

DELETE FROM budget_allocated_yearly a USING touched_fiscal_years t
WHERE a.court_id = t.court_id AND a.fiscal_year = t.fiscal_year;

INSERT INTO budget_allocated_yearly
SELECT b.court_id, b.fiscal_year, sum(b.allocated)
FROM touched_fiscal_years t
JOIN budget_lines b ON b.court_id = t.court_id AND b.fiscal_year = t.fiscal_year
GROUP BY b.court_id, b.fiscal_year
HAVING sum(b.allocated) > 0;
