-- Every saved playlist, by name (at most 500: the administrators' page lists them all).
SELECT id, name, language, caption_language AS "CaptionLanguage", interval_seconds AS "IntervalSeconds", theme, scope,
       slides::text AS "SlidesJson", updated_at AS "UpdatedAt", updated_by AS "UpdatedBy"
FROM playlists
WHERE @Id::integer IS NULL OR id = @Id::integer
ORDER BY name, id
LIMIT 500;
