-- Every alert subscription (or the one of @Id); the secret only for signing, never listed.
SELECT id AS "Id", kind AS "Kind", address AS "Address", language AS "Language", secret AS "Secret",
       created_at AS "CreatedAt", created_by AS "CreatedBy"
FROM alert_subscriptions
WHERE @Id::integer IS NULL OR id = @Id
ORDER BY id;
