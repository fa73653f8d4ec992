-- The unrevoked key with this prefix, for authentication (the app compares the hash in constant time).
SELECT id, source_system AS "SourceSystem", secret_sha256 AS "SecretSha256", court_ids AS "CourtIds"
FROM api_keys WHERE prefix = @prefix AND revoked_at IS NULL;
