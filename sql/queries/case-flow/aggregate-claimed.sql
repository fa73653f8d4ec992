-- Recompute the claimed case-flow cells (aggregation/claim-touched.sql), then the months that contain them.
CREATE TEMP TABLE fresh_cells ON COMMIT DROP AS
SELECT c.court_id, c.category_id, c.day,
       (SELECT count(*) FROM cases k
         WHERE k.court_id = c.court_id AND k.category_id = c.category_id AND k.filed_on = c.day)::int AS incoming,
       (SELECT count(*) FROM cases k
         WHERE k.court_id = c.court_id AND k.category_id = c.category_id AND k.disposed_on = c.day)::int AS resolved
FROM claimed_cells c;

DELETE FROM case_flow_daily d
USING fresh_cells f
WHERE d.court_id = f.court_id AND d.category_id = f.category_id AND d.day = f.day
  AND f.incoming = 0 AND f.resolved = 0;

INSERT INTO case_flow_daily (court_id, category_id, day, incoming, resolved)
SELECT court_id, category_id, day, incoming, resolved FROM fresh_cells
WHERE incoming > 0 OR resolved > 0
ON CONFLICT (court_id, category_id, day)
DO UPDATE SET incoming = excluded.incoming, resolved = excluded.resolved;

CREATE TEMP TABLE touched_months ON COMMIT DROP AS
SELECT DISTINCT court_id, category_id, date_trunc('month', day)::date AS month FROM claimed_cells;

DELETE FROM case_flow_monthly m
USING touched_months t
WHERE m.court_id = t.court_id AND m.category_id = t.category_id AND m.month = t.month;

INSERT INTO case_flow_monthly (court_id, category_id, month, incoming, resolved)
SELECT d.court_id, d.category_id, t.month, sum(d.incoming), sum(d.resolved)
FROM touched_months t
JOIN case_flow_daily d
  ON d.court_id = t.court_id AND d.category_id = t.category_id
 AND d.day >= t.month AND d.day < (t.month + interval '1 month')
GROUP BY d.court_id, d.category_id, t.month;
