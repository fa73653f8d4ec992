INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, filing_channel, extraterritorial, ai_assisted)
SELECT 'demo', f.source_id, f.court_id, f.category_id, @Today::date,
       CASE WHEN f.electronic THEN 'electronic' ELSE 'paper' END, f.extraterritorial, f.ai_assisted
FROM unnest(@SourceIds::text[], @CourtIds::int[], @CategoryIds::smallint[], @Electronic::boolean[],
            @Extraterritorial::boolean[], @AiAssisted::boolean[])
     AS f(source_id, court_id, category_id, electronic, extraterritorial, ai_assisted)
ON CONFLICT (source_system, source_id) DO NOTHING
