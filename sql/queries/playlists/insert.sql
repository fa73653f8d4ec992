INSERT INTO playlists (name, language, caption_language, interval_seconds, theme, scope, slides, updated_by)
SELECT @Name, @Language, @CaptionLanguage, @IntervalSeconds, @Theme, @Scope, @SlidesJson::jsonb, @UpdatedBy
WHERE (SELECT count(*) FROM playlists) < @MaxPlaylists
RETURNING id;
