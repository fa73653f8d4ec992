-- Apply the histogram changes the cases triggers recorded (duration_deltas, 0005): a case leaves its old bin and
-- enters its new one, so new dispositions, reopenings (disposed_on cleared), corrected or withdrawn dates, moved
-- and deleted cases are all covered, and the work is proportional to the cases changed. Deltas committed after
-- this statement's snapshot stay for the next run. The areas' rollups (each region, the nation) move by the same
-- differences.
CREATE TEMP TABLE duration_taken ON COMMIT DROP AS
WITH taken AS (
    DELETE FROM duration_deltas RETURNING court_id, category_id, month, day, days, change
)
SELECT t.court_id, k.region_id, t.category_id, t.month, t.day, t.days, sum(t.change)::int AS change
FROM taken t JOIN courts k ON k.id = t.court_id
GROUP BY t.court_id, k.region_id, t.category_id, t.month, t.day, t.days HAVING sum(t.change) <> 0;

CREATE TEMP TABLE duration_changes ON COMMIT DROP AS
SELECT court_id, region_id, category_id, month, days, sum(change)::int AS change
FROM duration_taken GROUP BY court_id, region_id, category_id, month, days HAVING sum(change) <> 0;
ANALYZE duration_changes;

-- The changed days' statistics (0037) are read from cases again until the duration-days job computes them anew.
WITH pairs AS (
    SELECT DISTINCT region_id, day FROM duration_taken
    UNION
    SELECT DISTINCT 0, day FROM duration_taken
), dropped AS (
    DELETE FROM case_duration_area_days a USING pairs p WHERE a.region_id = p.region_id AND a.day = p.day
)
INSERT INTO case_duration_days_pending (region_id, day)
SELECT region_id, day FROM pairs ON CONFLICT DO NOTHING;

-- One statement moves the court cells, the areas' bins (category 0 = all categories) and their blocks of days
-- (0015, 0036) to their new counts: each table's new counts are computed from the statement's snapshot, then its
-- emptied rows are deleted and the others upserted — disjoint rows, so no row is changed twice. A touched court
-- cell's durations (0021) are its old values with the changed days' counts moved, written back whole. The
-- blocks' running totals are redone by the next statement.
WITH cell_changes AS (
    SELECT court_id, category_id, month, array_agg(days) AS days, array_agg(change) AS changes
    FROM duration_changes GROUP BY court_id, category_id, month
), cell_durations AS (
    -- The cell's values of unchanged days as they are, then each changed day repeated its new number of times:
    -- a filter over the old values, no sort or grouping of them (a touched month holds ~200 values per cell).
    SELECT c.court_id, c.category_id, c.month,
           ARRAY(SELECT v FROM unnest(m.durations) AS v WHERE v <> ALL (c.days))
           || ARRAY(SELECT x.days
                    FROM unnest(c.days, c.changes) AS x(days, change)
                    CROSS JOIN LATERAL generate_series(1, cardinality(array_positions(coalesce(m.durations, '{}'), x.days)) + x.change))
              AS durations
    FROM cell_changes c
    LEFT JOIN case_duration_court_months m USING (court_id, category_id, month)
), emptied_cells AS (
    DELETE FROM case_duration_court_months m
    USING cell_durations d
    WHERE m.court_id = d.court_id AND m.category_id = d.category_id AND m.month = d.month
      AND cardinality(d.durations) = 0
), court_cells AS (
    INSERT INTO case_duration_court_months (court_id, category_id, month, durations)
    SELECT court_id, category_id, month, durations FROM cell_durations WHERE cardinality(durations) > 0
    ON CONFLICT (court_id, category_id, month) DO UPDATE SET durations = excluded.durations
), area_changes AS (
    SELECT CASE WHEN grouping(region_id) = 1 THEN 0 ELSE region_id END AS region_id, month,
           CASE WHEN grouping(category_id) = 1 THEN 0 ELSE category_id END AS category_id, days, sum(change) AS change
    FROM duration_changes
    GROUP BY GROUPING SETS ((region_id, month, category_id, days), (region_id, month, days),
                            (month, category_id, days), (month, days))
    HAVING sum(change) <> 0
), area_counts AS (
    SELECT c.region_id, c.month, c.category_id, c.days, (coalesce(n.cases, 0) + c.change)::int AS cases
    FROM area_changes c
    LEFT JOIN case_duration_area_monthly n USING (region_id, month, category_id, days)
), emptied_bins AS (
    DELETE FROM case_duration_area_monthly n
    USING area_counts c
    WHERE n.region_id = c.region_id AND n.month = c.month AND n.category_id = c.category_id AND n.days = c.days
      AND c.cases = 0
), area_bins AS (
    INSERT INTO case_duration_area_monthly (region_id, month, category_id, days, cases)
    SELECT region_id, month, category_id, days, cases FROM area_counts WHERE cases > 0
    ON CONFLICT (region_id, month, category_id, days) DO UPDATE SET cases = excluded.cases
), block_counts AS (
    SELECT c.region_id, c.month, c.category_id, c.block, coalesce(b.cases, 0) + c.change AS cases,
           coalesce(b.total_days, 0) + c.change_days AS total_days
    FROM (SELECT region_id, month, category_id, cm_duration_block(days) AS block, sum(change) AS change,
                 sum(days::bigint * change) AS change_days
          FROM area_changes GROUP BY region_id, month, category_id, cm_duration_block(days)) c
    LEFT JOIN case_duration_area_blocks b USING (region_id, month, category_id, block)
), emptied_blocks AS (
    DELETE FROM case_duration_area_blocks b
    USING block_counts c
    WHERE b.region_id = c.region_id AND b.month = c.month AND b.category_id = c.category_id AND b.block = c.block
      AND c.cases = 0
)
INSERT INTO case_duration_area_blocks (region_id, month, category_id, block, cases, total_days, cum, cum_days)
SELECT region_id, month, category_id, block, cases, total_days, 0, 0 FROM block_counts WHERE cases > 0
ON CONFLICT (region_id, month, category_id, block) DO UPDATE SET cases = excluded.cases, total_days = excluded.total_days;

-- Running totals of the changed (area, month, category) blocks from the lowest changed block up: the blocks below
-- keep theirs, and the last of them gives the starting point. At most ~60 blocks each, whatever the history's size.
WITH changed AS (
    SELECT CASE WHEN grouping(region_id) = 1 THEN 0 ELSE region_id END AS region_id, month,
           CASE WHEN grouping(category_id) = 1 THEN 0 ELSE category_id END AS category_id,
           min(cm_duration_block(days)) AS from_block
    FROM duration_changes
    GROUP BY GROUPING SETS ((region_id, month, category_id), (region_id, month), (month, category_id), (month))
), base AS (
    SELECT c.region_id, c.month, c.category_id, c.from_block, coalesce(below.cum, 0) AS cum,
           coalesce(below.cum_days, 0) AS cum_days
    FROM changed c
    LEFT JOIN LATERAL (SELECT b.cum, b.cum_days FROM case_duration_area_blocks b
                       WHERE b.region_id = c.region_id AND b.month = c.month AND b.category_id = c.category_id
                         AND b.block < c.from_block
                       ORDER BY b.block DESC LIMIT 1) below ON true
)
UPDATE case_duration_area_blocks b
SET cum = r.cum, cum_days = r.cum_days
FROM (SELECT b.region_id, b.month, b.category_id, b.block,
             (base.cum + sum(b.cases) OVER w)::bigint AS cum, (base.cum_days + sum(b.total_days) OVER w)::bigint AS cum_days
      FROM case_duration_area_blocks b
      JOIN base ON base.region_id = b.region_id AND base.month = b.month AND base.category_id = b.category_id
               AND b.block >= base.from_block
      WINDOW w AS (PARTITION BY b.region_id, b.month, b.category_id ORDER BY b.block)) r
WHERE b.region_id = r.region_id AND b.month = r.month AND b.category_id = r.category_id AND b.block = r.block
  AND (b.cum, b.cum_days) IS DISTINCT FROM (r.cum, r.cum_days);
