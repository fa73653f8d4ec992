-- Update the claimed digital-access cells (aggregation/claim-touched.sql), then the months that contain them.
-- Case cells (category > 0): the claimed case count changes (claimed_case_deltas) are added to the stored counts.
-- Category-0 cells: the court's hearings and portal visits of the day, recounted (a handful of rows each).
CREATE TEMP TABLE fresh_access ON COMMIT DROP AS
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
WHERE c.category_id = 0;

DELETE FROM digital_access_daily d
USING fresh_access f
WHERE d.court_id = f.court_id AND d.category_id = f.category_id AND d.day = f.day;

INSERT INTO digital_access_daily
SELECT * FROM fresh_access
WHERE filed > 0 OR resolved > 0 OR hearings > 0 OR portal_visits > 0;

-- Months of case cells move by the same changes; months of category-0 cells are recounted from their days.
INSERT INTO digital_access_monthly AS m
SELECT court_id, category_id, date_trunc('month', day)::date, sum(incoming), sum(filed_electronic),
       sum(filed_extraterritorial), sum(filed_ai_assisted), sum(resolved), sum(resolved_published), 0, 0, 0
FROM claimed_case_deltas
GROUP BY court_id, category_id, date_trunc('month', day)
ON CONFLICT (court_id, category_id, month) DO UPDATE SET
    filed = m.filed + excluded.filed,
    filed_electronic = m.filed_electronic + excluded.filed_electronic,
    filed_extraterritorial = m.filed_extraterritorial + excluded.filed_extraterritorial,
    filed_ai_assisted = m.filed_ai_assisted + excluded.filed_ai_assisted,
    resolved = m.resolved + excluded.resolved,
    resolved_published = m.resolved_published + excluded.resolved_published;

DELETE FROM digital_access_monthly m
USING (SELECT DISTINCT court_id, category_id, date_trunc('month', day)::date AS month FROM claimed_case_deltas) k
WHERE m.court_id = k.court_id AND m.category_id = k.category_id AND m.month = k.month
  AND m.filed = 0 AND m.resolved = 0 AND m.hearings = 0 AND m.portal_visits = 0;

CREATE TEMP TABLE touched_access_months ON COMMIT DROP AS
SELECT DISTINCT court_id, 0::smallint AS category_id, date_trunc('month', day)::date AS month
FROM claimed_cells WHERE category_id = 0;

DELETE FROM digital_access_monthly m
USING touched_access_months t
WHERE m.court_id = t.court_id AND m.category_id = t.category_id AND m.month = t.month;

INSERT INTO digital_access_monthly
SELECT d.court_id, d.category_id, t.month, sum(filed), sum(filed_electronic), sum(filed_extraterritorial),
       sum(filed_ai_assisted), sum(resolved), sum(resolved_published), sum(hearings), sum(video_hearings), sum(portal_visits)
FROM touched_access_months t
JOIN digital_access_daily d
  ON d.court_id = t.court_id AND d.category_id = t.category_id
 AND d.day >= t.month AND d.day < (t.month + interval '1 month')
GROUP BY d.court_id, d.category_id, t.month;
