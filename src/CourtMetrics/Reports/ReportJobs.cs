using Hangfire;
using Hangfire.Storage;

namespace CourtMetrics.Reports;

/// <summary>
/// Keeps Hangfire's recurring jobs "report-&lt;id&gt;" the same as the schedules table: one per schedule at its cron
/// (UTC), none for a deleted one; all again from the table at every start, and none while no mail server is set.
/// </summary>
public sealed class ReportJobs(IRecurringJobManager jobs, JobStorage storage, ScheduleStore schedules, MailSender mail)
{
    public void Register(ReportSchedule schedule)
    {
        if (!mail.Configured) return;
        var id = schedule.Id;
        jobs.AddOrUpdate<ReportMailer>(schedule.JobId, "default", mailer => mailer.SendAsync(id, null), schedule.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }

    public void Remove(int id) => jobs.RemoveIfExists(ReportSchedule.JobIdOf(id));

    public async Task RegisterAllAsync()
    {
        var all = await schedules.ListAsync();
        using var connection = storage.GetConnection();
        var kept = mail.Configured ? all.Select(s => s.JobId).ToHashSet() : [];
        foreach (var stale in connection.GetRecurringJobs().Where(j => j.Id.StartsWith("report-", StringComparison.Ordinal) && !kept.Contains(j.Id)))
            jobs.RemoveIfExists(stale.Id);
        foreach (var schedule in all) Register(schedule);
    }
}

/// <summary>At start: the recurring jobs from the table (another node, or an edit while this one was down, may have changed it).</summary>
internal sealed class ReportJobsRegistration(ReportJobs jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => jobs.RegisterAllAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
