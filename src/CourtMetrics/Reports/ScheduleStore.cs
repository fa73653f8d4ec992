using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reports;

/// <summary>The report_schedules table (migration 0040); every change is mirrored into Hangfire by ReportJobs.</summary>
public sealed class ScheduleStore(NpgsqlDataSource db, SqlFiles sql)
{
    public const int MaxSchedules = 200;

    public async Task<IReadOnlyList<ReportSchedule>> ListAsync()
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<ReportSchedule>(sql["reports/schedules"], new { Id = (int?)null })).ToList();
    }

    public async Task<ReportSchedule?> FindAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<ReportSchedule>(sql["reports/schedules"], new { Id = (int?)id });
    }

    /// <summary>The new schedule's id, or null when there are MaxSchedules already.</summary>
    public async Task<int?> CreateAsync(CheckedSchedule schedule, string by)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int?>(sql["reports/schedule-insert"], Parameters(schedule, by, 0));
    }

    public async Task<bool> UpdateAsync(int id, CheckedSchedule schedule, string by)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql["reports/schedule-update"], Parameters(schedule, by, id)) == 1;
    }

    public async Task<bool> DeleteAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql["reports/schedule-delete"], new { Id = id }) == 1;
    }

    private static object Parameters(CheckedSchedule s, string by, int id) => new
    {
        Id = id, s.Name, s.View, s.Scope, s.Period, s.Language, Format = s.Format.ToString().ToLowerInvariant(), s.Recipients,
        s.Cadence, s.Weekday, s.DayOfMonth, s.Hour, s.Cron, By = by, Cap = MaxSchedules,
    };
}
