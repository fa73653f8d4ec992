-- Only while there is no administrator at all, so a restart with the same settings changes nothing.
INSERT INTO administrators (user_name, password_hash)
SELECT @UserName, @PasswordHash
WHERE NOT EXISTS (SELECT 1 FROM administrators WHERE role = 'administrator')
ON CONFLICT ((lower(user_name))) DO NOTHING
RETURNING id;
