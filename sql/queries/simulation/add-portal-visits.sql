INSERT INTO portal_use (court_id, day, visits)
SELECT court_id, @Today::date, sum(visits)::int
FROM unnest(@CourtIds::int[], @Visits::int[]) AS v(court_id, visits)
GROUP BY court_id
ON CONFLICT (court_id, day) DO UPDATE SET visits = portal_use.visits + excluded.visits
