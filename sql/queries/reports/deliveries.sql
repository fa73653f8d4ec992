-- The newest delivery attempts, with the schedule's name when it still exists.
SELECT d.id AS "Id", d.at AS "At", d.schedule_id AS "ScheduleId", s.name AS "ScheduleName", d.alert_id AS "AlertId",
       d.subscription_id AS "SubscriptionId", d.channel AS "Channel", d.recipient AS "Recipient",
       d.outcome AS "Outcome", d.attempt AS "Attempt", d.error AS "Error"
FROM deliveries d
LEFT JOIN report_schedules s ON s.id = d.schedule_id
ORDER BY d.at DESC, d.id DESC
LIMIT @Limit;
