-- A local account that may sign in (administrator or viewer; a revoked one is as if unknown), with its scopes.
SELECT id, user_name AS UserName, password_hash AS PasswordHash, locked_until AS LockedUntil,
       role AS Role, region_ids::integer[] AS RegionIds, court_ids AS CourtIds
FROM administrators
WHERE lower(user_name) = lower(@UserName) AND revoked_at IS NULL;
