INSERT INTO deliveries (schedule_id, alert_id, subscription_id, channel, recipient, outcome, attempt, error)
VALUES (@ScheduleId, @AlertId, @SubscriptionId, @Channel, @Recipient, @Outcome, @Attempt, @Error);
