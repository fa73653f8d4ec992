-- Every viewer account, newest first, with its scopes ('region:<id>', 'court:<id>') and their names; never a password hash.
SELECT a.id AS "Id", a.user_name AS "UserName",
       ARRAY(SELECT 'region:' || r.id FROM regions r WHERE r.id = ANY (a.region_ids) ORDER BY r.id)
       || ARRAY(SELECT 'court:' || c.id FROM courts c WHERE c.id = ANY (a.court_ids) ORDER BY c.id) AS "Scopes",
       ARRAY(SELECT r.name FROM regions r WHERE r.id = ANY (a.region_ids) ORDER BY r.id)
       || ARRAY(SELECT c.name FROM courts c WHERE c.id = ANY (a.court_ids) ORDER BY c.id) AS "ScopeNames",
       a.created_at AS "CreatedAt", a.created_by AS "CreatedBy", a.last_signed_in AS "LastSignedIn", a.revoked_at AS "RevokedAt"
FROM administrators a
WHERE a.role = 'viewer'
ORDER BY a.id DESC;
