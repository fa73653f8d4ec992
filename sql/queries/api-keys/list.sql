-- Every key, newest first, with its courts as codes; never the secret or its hash.
SELECT k.id, k.name, k.source_system AS "sourceSystem", k.prefix,
       CASE WHEN k.court_ids IS NOT NULL THEN ARRAY(SELECT code FROM courts WHERE id = ANY (k.court_ids) ORDER BY code) END AS courts,
       k.created_at AS "createdAt", k.created_by AS "createdBy", k.revoked_at AS "revokedAt"
FROM api_keys k
ORDER BY k.id DESC;
