DELETE FROM report_schedules WHERE id = @Id;
