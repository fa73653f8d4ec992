-- Every schedule (or the one of @Id), newest edit first.
SELECT id AS "Id", name AS "Name", view AS "View", scope AS "Scope", period AS "Period", language AS "Language",
       format AS "Format", recipients AS "Recipients", cadence AS "Cadence", weekday AS "Weekday",
       month_day AS "DayOfMonth", hour AS "Hour", cron AS "Cron", updated_at AS "UpdatedAt", updated_by AS "UpdatedBy"
FROM report_schedules
WHERE @Id::integer IS NULL OR id = @Id
ORDER BY updated_at DESC, id DESC;
