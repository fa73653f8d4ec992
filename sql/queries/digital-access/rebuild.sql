-- Full rebuild of the digital-access aggregates from the facts. Gives the same tables as the incremental path.
TRUNCATE digital_access_daily, digital_access_monthly;

INSERT INTO digital_access_daily
SELECT court_id, category_id, day, sum(filed), sum(filed_electronic), sum(filed_extraterritorial), sum(filed_ai_assisted),
       sum(resolved), sum(resolved_published), sum(hearings), sum(video_hearings), sum(portal_visits)
FROM (
    SELECT court_id, category_id, filed_on AS day, 1 AS filed, (filing_channel = 'electronic')::int AS filed_electronic,
           extraterritorial::int AS filed_extraterritorial, ai_assisted::int AS filed_ai_assisted,
           0 AS resolved, 0 AS resolved_published, 0 AS hearings, 0 AS video_hearings, 0::bigint AS portal_visits
    FROM cases
    UNION ALL
    SELECT court_id, category_id, disposed_on, 0, 0, 0, 0, 1, (judgment_published_on IS NOT NULL)::int, 0, 0, 0
    FROM cases WHERE disposed_on IS NOT NULL
    UNION ALL
    SELECT court_id, 0::smallint, held_on, 0, 0, 0, 0, 0, 0, 1, (mode = 'video')::int, 0 FROM hearings
    UNION ALL
    SELECT court_id, 0::smallint, day, 0, 0, 0, 0, 0, 0, 0, 0, visits FROM portal_use
) facts
GROUP BY court_id, category_id, day
HAVING sum(filed) > 0 OR sum(resolved) > 0 OR sum(hearings) > 0 OR sum(portal_visits) > 0;

INSERT INTO digital_access_monthly
SELECT court_id, category_id, date_trunc('month', day)::date, sum(filed), sum(filed_electronic),
       sum(filed_extraterritorial), sum(filed_ai_assisted), sum(resolved), sum(resolved_published), sum(hearings),
       sum(video_hearings), sum(portal_visits)
FROM digital_access_daily
GROUP BY court_id, category_id, date_trunc('month', day);
