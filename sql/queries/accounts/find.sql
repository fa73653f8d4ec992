SELECT id, user_name AS UserName, password_hash AS PasswordHash, failed_attempts AS FailedAttempts, locked_until AS LockedUntil
FROM administrators
WHERE lower(user_name) = lower(@UserName);
