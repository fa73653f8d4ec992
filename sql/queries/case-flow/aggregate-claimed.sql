-- Add the claimed case count changes (aggregation/claim-touched.sql, claimed_case_deltas) to the daily and
-- monthly case flow, the nation's rows (court 0) with them; cells that fall to zero are removed. The work follows the cases changed. One statement:
-- each table's new counts come from the statement's snapshot, then its emptied rows are deleted and the others
-- upserted — disjoint rows, so no row is changed twice.
WITH court_changes AS (
    SELECT court_id, category_id, day, incoming, resolved
    FROM claimed_case_deltas
    WHERE incoming <> 0 OR resolved <> 0
), changes AS (
    SELECT * FROM court_changes
    UNION ALL -- the nation (court 0, migration 0035)
    SELECT 0, category_id, day, sum(incoming)::int, sum(resolved)::int FROM court_changes GROUP BY category_id, day
), day_counts AS (
    SELECT c.court_id, c.category_id, c.day, coalesce(d.incoming, 0) + c.incoming AS incoming,
           coalesce(d.resolved, 0) + c.resolved AS resolved
    FROM changes c
    LEFT JOIN case_flow_daily d USING (court_id, category_id, day)
), emptied_days AS (
    DELETE FROM case_flow_daily d
    USING day_counts c
    WHERE d.court_id = c.court_id AND d.category_id = c.category_id AND d.day = c.day
      AND c.incoming = 0 AND c.resolved = 0
), days AS (
    INSERT INTO case_flow_daily (court_id, category_id, day, incoming, resolved)
    SELECT court_id, category_id, day, incoming, resolved FROM day_counts WHERE incoming <> 0 OR resolved <> 0
    ON CONFLICT (court_id, category_id, day)
    DO UPDATE SET incoming = excluded.incoming, resolved = excluded.resolved
), month_counts AS (
    SELECT c.court_id, c.category_id, c.month, coalesce(m.incoming, 0) + c.incoming AS incoming,
           coalesce(m.resolved, 0) + c.resolved AS resolved
    FROM (SELECT court_id, category_id, date_trunc('month', day)::date AS month,
                 sum(incoming)::int AS incoming, sum(resolved)::int AS resolved
          FROM changes GROUP BY court_id, category_id, date_trunc('month', day)) c
    LEFT JOIN case_flow_monthly m USING (court_id, category_id, month)
), emptied_months AS (
    DELETE FROM case_flow_monthly m
    USING month_counts c
    WHERE m.court_id = c.court_id AND m.category_id = c.category_id AND m.month = c.month
      AND c.incoming = 0 AND c.resolved = 0
)
INSERT INTO case_flow_monthly (court_id, category_id, month, incoming, resolved)
SELECT court_id, category_id, month, incoming, resolved FROM month_counts WHERE incoming <> 0 OR resolved <> 0
ON CONFLICT (court_id, category_id, month)
DO UPDATE SET incoming = excluded.incoming, resolved = excluded.resolved;
