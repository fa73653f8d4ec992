UPDATE report_schedules
SET name = @Name, view = @View, scope = @Scope, period = @Period, language = @Language, format = @Format,
    recipients = @Recipients, cadence = @Cadence, weekday = @Weekday, month_day = @DayOfMonth, hour = @Hour,
    cron = @Cron, updated_at = now(), updated_by = @By
WHERE id = @Id;
