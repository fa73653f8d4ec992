using System.Globalization;
using System.Text.Json;
using CourtMetrics.Database;
using CourtMetrics.Metrics;
using CourtMetrics.Site;
using CourtMetrics.Targets;
using Dapper;
using Hangfire;
using Hangfire.Server;
using MimeKit;
using Npgsql;

namespace CourtMetrics.Reports;

/// <summary>
/// Delivers one alert to one subscription (a Hangfire job per pair, so a failing webhook is retried alone and an
/// address already served is not sent to again): an e-mail, or a signed POST, in the subscription's language. A
/// failure is logged and thrown again for Hangfire's retries.
/// </summary>
public sealed class AlertDelivery(NpgsqlDataSource db, SqlFiles sql, AlertSubscriptions subscriptions, MetricCatalogue catalogue,
    MailSender mail, WebhookSender webhooks, DeliveryLog log, DashboardAddress dashboard, ILogger<AlertDelivery> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The webhook's body.</summary>
    public sealed record Payload(long AlertId, string Metric, string MetricName, string Scope, string ScopeName, string? Category,
        DateOnly PeriodStart, DateOnly PeriodEnd, double Value, double Target, bool Met, DateTime RaisedAt, string Dashboard);

    /// <summary>Which attempt a job is making: 1, then 2 on Hangfire's first retry…; 1 outside Hangfire.</summary>
    public static int AttemptOf(PerformContext? context) => (context?.GetJobParameter<int>("RetryCount", allowStale: true) ?? 0) + 1;

    [AutomaticRetry(Attempts = ReportMailer.Attempts)]
    [JobDisplayName("Alert {0} to subscription {1}")]
    public async Task DeliverAsync(long alertId, int subscriptionId, PerformContext? context)
    {
        if (await subscriptions.FindAsync(subscriptionId) is not { } subscription) return; // unsubscribed since
        await using var connection = await db.OpenConnectionAsync();
        var alert = await connection.QuerySingleOrDefaultAsync<Alert>(sql["targets/alerts"],
            new { Ids = new[] { alertId }, Limit = 1, Everything = true, RegionIds = Array.Empty<int>(), CourtIds = Array.Empty<int>() });
        if (alert is null) return;
        var attempt = AttemptOf(context);
        try
        {
            var payload = PayloadOf(alert, subscription.Language);
            if (subscription.Kind == "webhook")
                await webhooks.PostAsync(new Uri(subscription.Address), subscription.Secret!, JsonSerializer.SerializeToUtf8Bytes(payload, Json), CancellationToken.None);
            else
                await mail.SendAsync(Message(payload, subscription), CancellationToken.None);
            await log.RecordAsync(null, alertId, subscriptionId, subscription.Kind, subscription.Address, attempt, null);
        }
        catch (Exception e)
        {
            await log.RecordAsync(null, alertId, subscriptionId, subscription.Kind, subscription.Address, attempt, e);
            logger.LogWarning(e, "Alert {Alert} not delivered to {Address}, attempt {Attempt}", alertId, subscription.Address, attempt);
            throw;
        }
    }

    private Payload PayloadOf(Alert alert, string language) => new(alert.Id, alert.Metric,
        catalogue.Find(alert.Metric)?.Name.In(language) ?? alert.Metric, alert.Scope, alert.ScopeName, alert.Category,
        alert.PeriodStart, alert.PeriodEnd, alert.Value, alert.Target, alert.Met, DateTime.SpecifyKind(alert.RaisedAt, DateTimeKind.Utc),
        dashboard.Of("overview", alert.Scope));

    private MimeMessage Message(Payload alert, AlertSubscription subscription)
    {
        var language = subscription.Language;
        var culture = Cultures.Of(language);
        var ratio = catalogue.Find(alert.Metric)?.Unit == "ratio";
        string Number(double v) => v.ToString(ratio ? "P1" : "N1", culture);
        var message = new MimeMessage
        {
            Subject = Messages.Say(language, alert.Met ? "alertMailSubjectMet" : "alertMailSubjectMissed", alert.MetricName, alert.ScopeName),
            Body = new TextPart("plain")
            {
                Text = Messages.Say(language, "alertMailBody", alert.MetricName, alert.ScopeName, Number(alert.Value), Number(alert.Target),
                    alert.PeriodStart.ToString("d", culture), alert.PeriodEnd.ToString("d", culture),
                    alert.RaisedAt.ToString("g", culture) + " UTC", alert.Dashboard),
            },
        };
        message.To.Add(MailboxAddress.Parse(subscription.Address));
        return message;
    }
}

/// <summary>
/// Hands each alert just raised to its subscriptions: one Hangfire job per alert and subscription, enqueued by the
/// node that raised it (TargetWatch), so each is delivered once whatever the number of nodes. E-mail subscriptions
/// wait while no mail server is set.
/// </summary>
public sealed class AlertDispatch(AlertSubscriptions subscriptions, IBackgroundJobClient jobs, MailSender mail, ILogger<AlertDispatch> logger) : IAlertsRaised
{
    public async Task RaisedAsync(IReadOnlyList<long> alertIds, CancellationToken cancellationToken)
    {
        var targets = (await subscriptions.ListAsync()).Where(s => s.Kind == "webhook" || mail.Configured).ToList();
        foreach (var alertId in alertIds)
            foreach (var subscription in targets)
            {
                var subscriptionId = subscription.Id;
                jobs.Enqueue<AlertDelivery>(d => d.DeliverAsync(alertId, subscriptionId, null));
            }
        if (targets.Count > 0) logger.LogInformation("Alerts {Alerts} queued for {Subscriptions} subscriptions", string.Join(", ", alertIds), targets.Count);
    }
}
