-- Revokes a key (from now on it authenticates nothing); returns its id, or nothing if there is no such key.
UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = @id RETURNING id;
