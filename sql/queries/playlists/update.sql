UPDATE playlists
SET name = @Name, language = @Language, caption_language = @CaptionLanguage, interval_seconds = @IntervalSeconds,
    theme = @Theme, scope = @Scope, slides = @SlidesJson::jsonb, updated_at = now(), updated_by = @UpdatedBy
WHERE id = @Id
RETURNING id;
