UPDATE administrators
SET failed_attempts = 0, locked_until = NULL, last_signed_in = @Now, password_hash = coalesce(@RehashedPassword, password_hash)
WHERE id = @Id;
