DELETE FROM alert_subscriptions WHERE id = @Id;
