-- A new key of a source system, limited to the courts of @courts (codes) or, if NULL, to none.
INSERT INTO api_keys (name, source_system, prefix, secret_sha256, court_ids, created_by)
VALUES (@name, @sourceSystem, @prefix, @secretSha256,
        (SELECT array_agg(id ORDER BY id) FROM courts WHERE code = ANY (@courts::text[])), @createdBy)
RETURNING id;
