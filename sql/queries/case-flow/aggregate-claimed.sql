-- Add the claimed case count changes (aggregation/claim-touched.sql, claimed_case_deltas) to the daily and
-- monthly case flow; cells that fall to zero are removed. The work follows the cases changed.
CREATE TEMP TABLE flow_changes ON COMMIT DROP AS
SELECT court_id, category_id, day, incoming, resolved
FROM claimed_case_deltas
WHERE incoming <> 0 OR resolved <> 0;

INSERT INTO case_flow_daily AS d (court_id, category_id, day, incoming, resolved)
SELECT court_id, category_id, day, incoming, resolved FROM flow_changes
ON CONFLICT (court_id, category_id, day)
DO UPDATE SET incoming = d.incoming + excluded.incoming, resolved = d.resolved + excluded.resolved;

DELETE FROM case_flow_daily d
USING flow_changes f
WHERE d.court_id = f.court_id AND d.category_id = f.category_id AND d.day = f.day
  AND d.incoming = 0 AND d.resolved = 0;

INSERT INTO case_flow_monthly AS m (court_id, category_id, month, incoming, resolved)
SELECT court_id, category_id, date_trunc('month', day)::date, sum(incoming), sum(resolved)
FROM flow_changes
GROUP BY court_id, category_id, date_trunc('month', day)
ON CONFLICT (court_id, category_id, month)
DO UPDATE SET incoming = m.incoming + excluded.incoming, resolved = m.resolved + excluded.resolved;

DELETE FROM case_flow_monthly m
USING (SELECT DISTINCT court_id, category_id, date_trunc('month', day)::date AS month FROM flow_changes) f
WHERE m.court_id = f.court_id AND m.category_id = f.category_id AND m.month = f.month
  AND m.incoming = 0 AND m.resolved = 0;
