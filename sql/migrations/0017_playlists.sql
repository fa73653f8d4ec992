-- Presentation playlists: administrators' slide lists for the full-screen presentation mode (/present.html).
-- The slides are a small JSON array checked by the API (kind, measure, peer units); the rest are columns so a
-- bad value can never be stored.

CREATE TABLE playlists (
    id                integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    language          text        NOT NULL CHECK (language IN ('en', 'kk', 'ru')),
    caption_language  text        CHECK (caption_language IN ('en', 'kk', 'ru') AND caption_language <> language),
    interval_seconds  integer     NOT NULL CHECK (interval_seconds BETWEEN 5 AND 3600),
    theme             text        NOT NULL CHECK (theme IN ('dark', 'light')),
    scope             text        NOT NULL CHECK (scope ~ '^(nation|region:[1-9][0-9]{0,6}|court:[1-9][0-9]{0,6})$'),
    slides            jsonb       NOT NULL CHECK (jsonb_typeof(slides) = 'array' AND jsonb_array_length(slides) BETWEEN 1 AND 50),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text        NOT NULL
);
