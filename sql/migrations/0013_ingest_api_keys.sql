-- The ingestion API: keys of the source systems (case-management systems) that send event batches.

-- The secret is shown once at creation and stored only as its SHA-256: a random 192-bit key needs no slow hash.
-- prefix (the key's first characters) finds the row; the hash is then compared in constant time by the app.
-- court_ids limits the courts the key may send items for (NULL: every court).
CREATE TABLE api_keys (
    id             integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    source_system  text        NOT NULL CHECK (source_system ~ '^[A-Za-z0-9_.-]{1,64}$'),
    prefix         text        NOT NULL UNIQUE,
    secret_sha256  bytea       NOT NULL CHECK (length(secret_sha256) = 32),
    court_ids      integer[],
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    revoked_at     timestamptz
);

-- Why a date sent as text (raw, and day = cm_import_date(raw), which the caller has often computed already) cannot
-- be a fact's day, or NULL if it can: the reasons of every import and of the ingestion API.
CREATE FUNCTION cm_ingest_date_problem(raw text, day date)
RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN raw IS NULL THEN NULL
                WHEN day IS NULL THEN 'not a date (yyyy-mm-dd)'
                WHEN day > current_date THEN 'date in the future'
                WHEN day < date '1900-01-01' THEN 'impossible date (before 1900)' END
$$;
