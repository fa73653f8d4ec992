-- Full rebuild of the digital-access aggregates: case cells from every case's counts (aggregation/claim-all.sql),
-- category-0 cells from hearings and portal use grouped per court and day. Gives the same tables as the
-- incremental path. The daily table is filled without its indexes, which are then built in one sorted pass each.
TRUNCATE digital_access_daily, digital_access_monthly;
ALTER TABLE digital_access_daily DROP CONSTRAINT digital_access_daily_pkey;
DROP INDEX digital_access_daily_day;

-- Hearings and portal use per court and day, grouped apart so that the grouping of ~10M hearings (at 10M cases)
-- may use a parallel plan (CREATE TABLE AS may, INSERT … SELECT may not).
CREATE TEMP TABLE court_days ON COMMIT DROP AS
SELECT court_id, day, sum(hearings) AS hearings, sum(video_hearings) AS video_hearings, sum(portal_visits) AS portal_visits
FROM (SELECT court_id, held_on AS day, count(*)::int AS hearings,
             (count(*) FILTER (WHERE mode = 'video'))::int AS video_hearings, 0 AS portal_visits
      FROM hearings GROUP BY court_id, held_on
      UNION ALL
      SELECT court_id, day, 0, 0, visits FROM portal_use) court_days
GROUP BY court_id, day
HAVING sum(hearings) > 0 OR sum(portal_visits) > 0;

INSERT INTO digital_access_daily
SELECT court_id, category_id, day, incoming, filed_electronic, filed_extraterritorial, filed_ai_assisted,
       resolved, resolved_published, 0, 0, 0
FROM claimed_case_deltas
WHERE incoming <> 0 OR resolved <> 0
UNION ALL
SELECT court_id, 0::smallint, day, 0, 0, 0, 0, 0, 0, hearings, video_hearings, portal_visits
FROM court_days;

-- The nation (court 0, migration 0035).
INSERT INTO digital_access_daily
SELECT 0, category_id, day, sum(filed), sum(filed_electronic), sum(filed_extraterritorial), sum(filed_ai_assisted),
       sum(resolved), sum(resolved_published), sum(hearings), sum(video_hearings), sum(portal_visits)
FROM digital_access_daily
GROUP BY category_id, day;

ALTER TABLE digital_access_daily ADD PRIMARY KEY (court_id, category_id, day);
CREATE INDEX digital_access_daily_day ON digital_access_daily (day);

INSERT INTO digital_access_monthly
SELECT court_id, category_id, date_trunc('month', day::timestamp)::date, sum(filed), sum(filed_electronic),
       sum(filed_extraterritorial), sum(filed_ai_assisted), sum(resolved), sum(resolved_published), sum(hearings),
       sum(video_hearings), sum(portal_visits)
FROM digital_access_daily
GROUP BY court_id, category_id, date_trunc('month', day::timestamp);
