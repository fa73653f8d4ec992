-- One more failed attempt; the one that reaches the limit locks the account and starts the count again.
UPDATE administrators
SET failed_attempts = CASE WHEN failed_attempts + 1 >= @MaxAttempts THEN 0 ELSE failed_attempts + 1 END,
    locked_until    = CASE WHEN failed_attempts + 1 >= @MaxAttempts THEN @LockedUntil ELSE locked_until END
WHERE id = @Id
RETURNING locked_until AS LockedUntil;
