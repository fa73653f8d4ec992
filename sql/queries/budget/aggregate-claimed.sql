-- Recompute the claimed budget cells: spending of the court-days (category-0 cells, marked by budget lines and the
-- other court-day facts), then their months, then the allocations of the claimed courts' fiscal years (budget
-- lines mark 1 January of theirs). Case cells concern no budget table. Each statement computes a table's new rows
-- from its snapshot, deletes those that are now empty and upserts the others — disjoint rows.
WITH fresh AS (
    SELECT c.court_id, c.day,
           coalesce(sum(b.spent), 0) AS spent,
           coalesce(sum(b.spent) FILTER (WHERE b.item = 'personnel'), 0) AS personnel_spent
    FROM claimed_cells c
    LEFT JOIN budget_lines b ON b.court_id = c.court_id AND b.booked_on = c.day
    WHERE c.category_id = 0
    GROUP BY c.court_id, c.day
), emptied AS (
    DELETE FROM budget_daily d USING fresh f WHERE d.court_id = f.court_id AND d.day = f.day AND NOT f.spent > 0
)
INSERT INTO budget_daily SELECT * FROM fresh WHERE spent > 0
ON CONFLICT (court_id, day) DO UPDATE SET spent = excluded.spent, personnel_spent = excluded.personnel_spent;

WITH months AS (
    SELECT DISTINCT court_id, date_trunc('month', day)::date AS month FROM claimed_cells WHERE category_id = 0
), recounted AS (
    SELECT d.court_id, t.month, sum(d.spent) AS spent, sum(d.personnel_spent) AS personnel_spent
    FROM months t
    JOIN budget_daily d ON d.court_id = t.court_id AND d.day >= t.month AND d.day < (t.month + interval '1 month')
    GROUP BY d.court_id, t.month
), emptied AS (
    DELETE FROM budget_monthly m USING months t
    WHERE m.court_id = t.court_id AND m.month = t.month
      AND NOT EXISTS (SELECT 1 FROM recounted r WHERE r.court_id = t.court_id AND r.month = t.month)
)
INSERT INTO budget_monthly SELECT * FROM recounted
ON CONFLICT (court_id, month) DO UPDATE SET spent = excluded.spent, personnel_spent = excluded.personnel_spent;

-- The nation (court 0, migration 0035): its changed days recounted from every court's, court by court through the
-- primary key; its months with the courts' just below.
WITH days AS (
    SELECT DISTINCT day FROM claimed_cells WHERE category_id = 0 AND court_id > 0 AND day IS NOT NULL
), recounted AS (
    SELECT t.day, coalesce(sum(d.spent), 0) AS spent, coalesce(sum(d.personnel_spent), 0) AS personnel_spent
    FROM days t
    CROSS JOIN courts c
    LEFT JOIN LATERAL (SELECT d.spent, d.personnel_spent FROM budget_daily d
                       WHERE d.court_id = c.id AND d.day = t.day OFFSET 0) d ON true
    GROUP BY t.day
), emptied AS (
    DELETE FROM budget_daily d USING recounted r WHERE d.court_id = 0 AND d.day = r.day AND NOT r.spent > 0
)
INSERT INTO budget_daily SELECT 0, day, spent, personnel_spent FROM recounted WHERE spent > 0
ON CONFLICT (court_id, day) DO UPDATE SET spent = excluded.spent, personnel_spent = excluded.personnel_spent;

WITH months AS (
    SELECT DISTINCT 0 AS court_id, date_trunc('month', day)::date AS month
    FROM claimed_cells WHERE category_id = 0 AND court_id > 0 AND day IS NOT NULL
), recounted AS (
    SELECT t.court_id, t.month, sum(d.spent) AS spent, sum(d.personnel_spent) AS personnel_spent
    FROM months t
    JOIN budget_daily d ON d.court_id = 0 AND d.day >= t.month AND d.day < (t.month + interval '1 month')
    GROUP BY t.court_id, t.month
), emptied AS (
    DELETE FROM budget_monthly m USING months t
    WHERE m.court_id = 0 AND m.month = t.month AND NOT EXISTS (SELECT 1 FROM recounted r WHERE r.month = t.month)
)
INSERT INTO budget_monthly SELECT * FROM recounted
ON CONFLICT (court_id, month) DO UPDATE SET spent = excluded.spent, personnel_spent = excluded.personnel_spent;

WITH years AS (
    SELECT DISTINCT court_id, extract(year FROM day)::smallint AS fiscal_year FROM claimed_cells WHERE category_id = 0
), recounted AS (
    SELECT b.court_id, b.fiscal_year, sum(b.allocated) AS allocated
    FROM years t
    JOIN budget_lines b ON b.court_id = t.court_id AND b.fiscal_year = t.fiscal_year
    GROUP BY b.court_id, b.fiscal_year
    HAVING sum(b.allocated) > 0
), emptied AS (
    DELETE FROM budget_allocated_yearly a USING years t
    WHERE a.court_id = t.court_id AND a.fiscal_year = t.fiscal_year
      AND NOT EXISTS (SELECT 1 FROM recounted r WHERE r.court_id = t.court_id AND r.fiscal_year = t.fiscal_year)
)
INSERT INTO budget_allocated_yearly SELECT * FROM recounted
ON CONFLICT (court_id, fiscal_year) DO UPDATE SET allocated = excluded.allocated;
