-- Update the claimed digital-access cells (aggregation/claim-touched.sql), then the months that contain them.
-- Case cells (category > 0): the claimed case count changes (claimed_case_deltas) are added to the stored counts,
-- days and months alike. Category-0 cells: the court's hearings and portal visits of the day, recounted (a
-- handful of rows each), and then their months from their days (next statement).
-- Each table's new rows come from the statement's snapshot; its emptied rows are deleted and the others upserted
-- — disjoint rows, so no row is changed twice.
WITH fresh AS (
    SELECT k.court_id, k.category_id, k.day,
           coalesce(d.filed, 0) + k.incoming AS filed,
           coalesce(d.filed_electronic, 0) + k.filed_electronic AS filed_electronic,
           coalesce(d.filed_extraterritorial, 0) + k.filed_extraterritorial AS filed_extraterritorial,
           coalesce(d.filed_ai_assisted, 0) + k.filed_ai_assisted AS filed_ai_assisted,
           coalesce(d.resolved, 0) + k.resolved AS resolved,
           coalesce(d.resolved_published, 0) + k.resolved_published AS resolved_published,
           0 AS hearings, 0 AS video_hearings, 0::bigint AS portal_visits
    FROM claimed_case_deltas k
    LEFT JOIN digital_access_daily d USING (court_id, category_id, day)
    WHERE (k.incoming, k.filed_electronic, k.filed_extraterritorial, k.filed_ai_assisted, k.resolved, k.resolved_published)
          <> (0, 0, 0, 0, 0, 0)
    UNION ALL
    SELECT c.court_id, 0::smallint, c.day, 0, 0, 0, 0, 0, 0,
           (SELECT count(*) FROM hearings h WHERE h.court_id = c.court_id AND h.held_on = c.day)::int,
           (SELECT count(*) FROM hearings h WHERE h.court_id = c.court_id AND h.held_on = c.day AND h.mode = 'video')::int,
           (SELECT coalesce(sum(visits), 0) FROM portal_use p WHERE p.court_id = c.court_id AND p.day = c.day)::bigint
    FROM claimed_cells c
    WHERE c.category_id = 0
), emptied_days AS (
    DELETE FROM digital_access_daily d
    USING fresh f
    WHERE d.court_id = f.court_id AND d.category_id = f.category_id AND d.day = f.day
      AND NOT (f.filed > 0 OR f.resolved > 0 OR f.hearings > 0 OR f.portal_visits > 0)
), days AS (
    INSERT INTO digital_access_daily AS d
    SELECT * FROM fresh
    WHERE filed > 0 OR resolved > 0 OR hearings > 0 OR portal_visits > 0
    ON CONFLICT (court_id, category_id, day) DO UPDATE SET
        filed = excluded.filed, filed_electronic = excluded.filed_electronic,
        filed_extraterritorial = excluded.filed_extraterritorial, filed_ai_assisted = excluded.filed_ai_assisted,
        resolved = excluded.resolved, resolved_published = excluded.resolved_published,
        hearings = excluded.hearings, video_hearings = excluded.video_hearings, portal_visits = excluded.portal_visits
), month_counts AS (
    SELECT k.court_id, k.category_id, k.month,
           coalesce(m.filed, 0) + k.filed AS filed,
           coalesce(m.filed_electronic, 0) + k.filed_electronic AS filed_electronic,
           coalesce(m.filed_extraterritorial, 0) + k.filed_extraterritorial AS filed_extraterritorial,
           coalesce(m.filed_ai_assisted, 0) + k.filed_ai_assisted AS filed_ai_assisted,
           coalesce(m.resolved, 0) + k.resolved AS resolved,
           coalesce(m.resolved_published, 0) + k.resolved_published AS resolved_published,
           coalesce(m.hearings, 0) AS hearings, coalesce(m.video_hearings, 0) AS video_hearings,
           coalesce(m.portal_visits, 0) AS portal_visits
    FROM (SELECT court_id, category_id, date_trunc('month', day)::date AS month, sum(incoming) AS filed,
                 sum(filed_electronic) AS filed_electronic, sum(filed_extraterritorial) AS filed_extraterritorial,
                 sum(filed_ai_assisted) AS filed_ai_assisted, sum(resolved) AS resolved,
                 sum(resolved_published) AS resolved_published
          FROM claimed_case_deltas
          GROUP BY court_id, category_id, date_trunc('month', day)) k
    LEFT JOIN digital_access_monthly m USING (court_id, category_id, month)
), emptied_months AS (
    DELETE FROM digital_access_monthly m
    USING month_counts c
    WHERE m.court_id = c.court_id AND m.category_id = c.category_id AND m.month = c.month
      AND c.filed = 0 AND c.resolved = 0 AND c.hearings = 0 AND c.portal_visits = 0
)
INSERT INTO digital_access_monthly
SELECT * FROM month_counts
WHERE filed <> 0 OR resolved <> 0 OR hearings <> 0 OR portal_visits <> 0
ON CONFLICT (court_id, category_id, month) DO UPDATE SET
    filed = excluded.filed, filed_electronic = excluded.filed_electronic,
    filed_extraterritorial = excluded.filed_extraterritorial, filed_ai_assisted = excluded.filed_ai_assisted,
    resolved = excluded.resolved, resolved_published = excluded.resolved_published;

-- Months of category-0 cells, recounted from their days (just written above).
WITH months AS (
    SELECT DISTINCT court_id, date_trunc('month', day)::date AS month FROM claimed_cells WHERE category_id = 0
), recounted AS (
    SELECT d.court_id, d.category_id, t.month, sum(filed) AS filed, sum(filed_electronic) AS filed_electronic,
           sum(filed_extraterritorial) AS filed_extraterritorial, sum(filed_ai_assisted) AS filed_ai_assisted,
           sum(resolved) AS resolved, sum(resolved_published) AS resolved_published, sum(hearings) AS hearings,
           sum(video_hearings) AS video_hearings, sum(portal_visits) AS portal_visits
    FROM months t
    JOIN digital_access_daily d
      ON d.court_id = t.court_id AND d.category_id = 0
     AND d.day >= t.month AND d.day < (t.month + interval '1 month')
    GROUP BY d.court_id, d.category_id, t.month
), emptied_months AS (
    DELETE FROM digital_access_monthly m
    USING months t
    WHERE m.court_id = t.court_id AND m.category_id = 0 AND m.month = t.month
      AND NOT EXISTS (SELECT 1 FROM recounted r WHERE r.court_id = t.court_id AND r.month = t.month)
)
INSERT INTO digital_access_monthly
SELECT * FROM recounted
ON CONFLICT (court_id, category_id, month) DO UPDATE SET
    filed = excluded.filed, filed_electronic = excluded.filed_electronic,
    filed_extraterritorial = excluded.filed_extraterritorial, filed_ai_assisted = excluded.filed_ai_assisted,
    resolved = excluded.resolved, resolved_published = excluded.resolved_published,
    hearings = excluded.hearings, video_hearings = excluded.video_hearings, portal_visits = excluded.portal_visits;

-- The nation (court 0, migration 0035): its changed cells recounted from every court's (a day's rows through the
-- day index), then their months from their days.
CREATE TEMP TABLE nation_cells ON COMMIT DROP AS
SELECT DISTINCT category_id, day FROM claimed_case_deltas
-- (a disposition set records its case's filing day too, as −1 and +1: no change there)
WHERE (incoming, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved, resolved_published) <> (0, 0, 0, 0, 0, 0)
UNION
SELECT 0::smallint, day FROM claimed_cells WHERE category_id = 0;
ANALYZE nation_cells;

WITH recounted AS (
    SELECT c.category_id, c.day, coalesce(sum(d.filed), 0)::int AS filed,
           coalesce(sum(d.filed_electronic), 0)::int AS filed_electronic,
           coalesce(sum(d.filed_extraterritorial), 0)::int AS filed_extraterritorial,
           coalesce(sum(d.filed_ai_assisted), 0)::int AS filed_ai_assisted, coalesce(sum(d.resolved), 0)::int AS resolved,
           coalesce(sum(d.resolved_published), 0)::int AS resolved_published, coalesce(sum(d.hearings), 0)::int AS hearings,
           coalesce(sum(d.video_hearings), 0)::int AS video_hearings, coalesce(sum(d.portal_visits), 0)::bigint AS portal_visits
    FROM nation_cells c
    LEFT JOIN LATERAL (SELECT d.* FROM digital_access_daily d
                       WHERE d.day = c.day AND d.category_id = c.category_id AND d.court_id > 0
                       OFFSET 0) d ON true -- each cell through the day index, never a scan of the table
    GROUP BY c.category_id, c.day
), emptied AS (
    DELETE FROM digital_access_daily d
    USING recounted r
    WHERE d.court_id = 0 AND d.category_id = r.category_id AND d.day = r.day
      AND NOT (r.filed > 0 OR r.resolved > 0 OR r.hearings > 0 OR r.portal_visits > 0)
)
INSERT INTO digital_access_daily
SELECT 0, category_id, day, filed, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved,
       resolved_published, hearings, video_hearings, portal_visits
FROM recounted
WHERE filed > 0 OR resolved > 0 OR hearings > 0 OR portal_visits > 0
ON CONFLICT (court_id, category_id, day) DO UPDATE SET
    filed = excluded.filed, filed_electronic = excluded.filed_electronic,
    filed_extraterritorial = excluded.filed_extraterritorial, filed_ai_assisted = excluded.filed_ai_assisted,
    resolved = excluded.resolved, resolved_published = excluded.resolved_published,
    hearings = excluded.hearings, video_hearings = excluded.video_hearings, portal_visits = excluded.portal_visits;

WITH months AS (
    SELECT DISTINCT category_id, date_trunc('month', day)::date AS month FROM nation_cells
), recounted AS (
    SELECT t.category_id, t.month, sum(d.filed) AS filed, sum(d.filed_electronic) AS filed_electronic,
           sum(d.filed_extraterritorial) AS filed_extraterritorial, sum(d.filed_ai_assisted) AS filed_ai_assisted,
           sum(d.resolved) AS resolved, sum(d.resolved_published) AS resolved_published, sum(d.hearings) AS hearings,
           sum(d.video_hearings) AS video_hearings, sum(d.portal_visits) AS portal_visits
    FROM months t
    JOIN digital_access_daily d
      ON d.court_id = 0 AND d.category_id = t.category_id
     AND d.day >= t.month AND d.day < (t.month + interval '1 month')
    GROUP BY t.category_id, t.month
), emptied AS (
    DELETE FROM digital_access_monthly m
    USING months t
    WHERE m.court_id = 0 AND m.category_id = t.category_id AND m.month = t.month
      AND NOT EXISTS (SELECT 1 FROM recounted r WHERE r.category_id = t.category_id AND r.month = t.month)
)
INSERT INTO digital_access_monthly
SELECT 0, category_id, month, filed, filed_electronic, filed_extraterritorial, filed_ai_assisted, resolved,
       resolved_published, hearings, video_hearings, portal_visits
FROM recounted
ON CONFLICT (court_id, category_id, month) DO UPDATE SET
    filed = excluded.filed, filed_electronic = excluded.filed_electronic,
    filed_extraterritorial = excluded.filed_extraterritorial, filed_ai_assisted = excluded.filed_ai_assisted,
    resolved = excluded.resolved, resolved_published = excluded.resolved_published,
    hearings = excluded.hearings, video_hearings = excluded.video_hearings, portal_visits = excluded.portal_visits;
