using CourtMetrics.Site;
using Hangfire;
using Hangfire.Server;
using MimeKit;

namespace CourtMetrics.Reports;

/// <summary>
/// The report job: renders a schedule's view and mails it to its recipients as an attachment, with a short body in
/// the schedule's language. A failure is logged and thrown again, so Hangfire retries it and the jobs dashboard
/// shows it (Retries, then Failed).
/// </summary>
public sealed class ReportMailer(ScheduleStore schedules, ReportRenderer renderer, MailSender mail, DeliveryLog log,
    DashboardAddress dashboard, ILogger<ReportMailer> logger)
{
    public const int Attempts = 5;

    [AutomaticRetry(Attempts = Attempts)]
    [JobDisplayName("Report {0}")]
    public async Task SendAsync(int scheduleId, PerformContext? context)
    {
        // Deleted since it was queued: nothing to send.
        if (await schedules.FindAsync(scheduleId) is not { } schedule) return;
        await SendAsync(schedule, AlertDelivery.AttemptOf(context), CancellationToken.None);
    }

    /// <summary>Sends now (the job, or "Send now" on the admin page); throws what went wrong after logging it.</summary>
    public async Task SendAsync(ReportSchedule schedule, int attempt, CancellationToken cancellationToken)
    {
        var recipients = string.Join(", ", schedule.Recipients);
        try
        {
            var report = await renderer.RenderAsync(schedule, cancellationToken);
            await mail.SendAsync(Message(schedule, report), cancellationToken);
            await log.RecordAsync(schedule.Id, null, null, "email", recipients, attempt, null);
            logger.LogInformation("Report {Schedule} ({Name}) mailed to {Recipients}", schedule.Id, schedule.Name, recipients);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await log.RecordAsync(schedule.Id, null, null, "email", recipients, attempt, e);
            logger.LogWarning(e, "Report {Schedule} ({Name}) not mailed, attempt {Attempt}", schedule.Id, schedule.Name, attempt);
            throw;
        }
    }

    private MimeMessage Message(ReportSchedule schedule, RenderedReport report)
    {
        var language = schedule.Language;
        var message = new MimeMessage { Subject = Messages.Say(language, "reportMailSubject", schedule.Name, report.ViewName, report.ScopeName) };
        message.To.AddRange(schedule.Recipients.Select(MailboxAddress.Parse));
        var culture = Cultures.Of(language);
        var asOf = report.DataAsOf is { } at ? at.UtcDateTime.ToString("g", culture) + " UTC" : "—";
        var body = new BodyBuilder
        {
            TextBody = Messages.Say(language, "reportMailBody", report.ViewName, report.ScopeName,
                report.From.ToString("d", culture), report.To.ToString("d", culture), asOf, dashboard.Of(schedule.View, schedule.Scope, schedule.Period)),
        };
        body.Attachments.Add(report.FileName, report.Bytes, ContentType.Parse(report.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }
}
