-- A new subscription unless the cap is reached or the same address is subscribed already (then no row).
INSERT INTO alert_subscriptions (kind, address, language, secret, created_by)
SELECT @Kind, @Address, @Language, @Secret, @By
WHERE (SELECT count(*) FROM alert_subscriptions) < @Cap
ON CONFLICT (kind, address) DO NOTHING
RETURNING id;
