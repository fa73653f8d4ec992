-- Revokes a viewer account (its sign-ins and its session end); its id, or nothing if there is no such viewer.
UPDATE administrators SET revoked_at = coalesce(revoked_at, now()) WHERE id = @Id AND role = 'viewer' RETURNING id;
