INSERT INTO report_schedules (name, view, scope, period, language, format, recipients, cadence, weekday, month_day, hour, cron, updated_by)
SELECT @Name, @View, @Scope, @Period, @Language, @Format, @Recipients, @Cadence, @Weekday, @DayOfMonth, @Hour, @Cron, @By
WHERE (SELECT count(*) FROM report_schedules) < @Cap
RETURNING id;
