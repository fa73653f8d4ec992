-- A page of the audit log, newest first, with the number of entries in all.
SELECT id, at, administrator, action, detail, client_address AS clientAddress, count(*) OVER () AS total
FROM audit_log
ORDER BY at DESC, id DESC
LIMIT @Size OFFSET @Offset;
