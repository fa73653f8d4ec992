-- Holds a hearing today, for each pick, in the pending case of that court filed closest to the aimed date.
INSERT INTO hearings (source_system, source_id, court_id, case_id, held_on, mode)
SELECT 'demo', p.source_id, p.court_id, c.id, @Today::date, CASE WHEN p.video THEN 'video' ELSE 'in_person' END
FROM unnest(@SourceIds::text[], @CourtIds::int[], @AimedFiledOn::date[], @Video::boolean[]) AS p(source_id, court_id, aimed, video)
CROSS JOIN LATERAL (
    SELECT k.id FROM cases k
    WHERE k.court_id = p.court_id AND k.disposed_on IS NULL
    ORDER BY abs(k.filed_on - p.aimed), k.id
    LIMIT 1) c
ON CONFLICT (source_system, source_id) DO NOTHING
