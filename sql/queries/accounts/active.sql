-- Whether a local account's session may go on: the account is there and not revoked.
SELECT EXISTS (SELECT 1 FROM administrators WHERE id = @Id AND revoked_at IS NULL);
