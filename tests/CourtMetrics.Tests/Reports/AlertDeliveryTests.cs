using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CourtMetrics.Reports;
using CourtMetrics.Targets;
using CourtMetrics.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Reports;

/// <summary>
/// An alert raised (a target the data misses) goes to every subscription once: a signed POST to a webhook receiver
/// and an e-mail to an SMTP sink, both the test's own on loopback (Webhooks:AllowPrivateAddresses on). A failing
/// receiver fails the job, which Hangfire retries, and the delivery log shows each attempt.
/// This month the nation has 4 cases filed and 2 resolved: clearance 50 %.
/// </summary>
[Trait("Calendar", "today")]
public sealed class AlertDeliveryTests : AppTests, IAsyncLifetime
{
    private readonly SmtpSink _sink = new();
    private readonly WebhookReceiver _receiver = new();
    private HttpClient _admin = null!;

    public AlertDeliveryTests()
    {
        _sink.Serve(App, "alerts@courts.example").With("Webhooks:AllowPrivateAddresses", "true");
    }

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await CourtSystemFixture.AddThisMonthsCasesAsync(App.DataSource);
        await App.AggregateAsync();
        _admin = await App.AdministratorClientAsync();
    }

    private async Task<CreatedSubscription> SubscribeAsync(string kind, string address, string language)
    {
        var response = await _admin.PostAsJsonAsync("/api/admin/reports/subscriptions", new { kind, address, language });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedSubscription>())!;
    }

    private Task<HttpResponseMessage> MissAsync() =>
        _admin.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.9 }); // 50 % misses 90 %

    private async Task<List<Delivery>> DeliveriesAsync() => (await _admin.GetFromJsonAsync<List<Delivery>>("/api/admin/reports/deliveries"))!;

    /// <summary>Waits until Hangfire has no delivery job waiting or running (the test's jobs are all done one way or the other).</summary>
    private async Task SettledAsync()
    {
        var monitoring = App.Get<JobStorage>().GetMonitoringApi();
        await Eventually.ValueAsync(() => Task.FromResult(monitoring.EnqueuedCount("default") == 0
            && monitoring.ProcessingJobs(0, 100).All(j => j.Value.Job?.Method.Name != nameof(AlertDelivery.DeliverAsync)) ? "settled" : null));
    }

    [Fact]
    public async Task A_raised_alert_reaches_the_webhook_once_signed_and_the_mailbox_once_in_each_subscriptions_language()
    {
        var webhook = await SubscribeAsync("webhook", _receiver.Url.ToString(), "ru");
        await SubscribeAsync("email", "duty@courts.example", "kk");
        Assert.Matches("^[0-9a-f]{64}$", webhook.Secret);

        Assert.Equal(HttpStatusCode.OK, (await MissAsync()).StatusCode);
        // Every node evaluates after a change; these find the state recorded and raise nothing more.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => App.Get<TargetWatch>().EvaluateAsync()));

        var mail = await _sink.MessageAsync();
        await Eventually.ValueAsync(() => Task.FromResult(_receiver.Requests.FirstOrDefault()));
        await SettledAsync();
        var request = Assert.Single(_receiver.Requests);
        Assert.Single(_sink.Messages);

        var hmac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhook.Secret!), request.Body);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(hmac), request.Signature);
        Assert.True(long.TryParse(request.Timestamp, out _));
        using var payload = JsonDocument.Parse(request.Body);
        var alert = payload.RootElement;
        var raised = Assert.Single((await App.CreateClient().GetFromJsonAsync<List<Alert>>("/api/alerts"))!);
        Assert.Equal((raised.Id, "clearance_rate", "nation", 0.5, 0.9, false),
            (alert.GetProperty("alert_id").GetInt64(), alert.GetProperty("metric").GetString(), alert.GetProperty("scope").GetString(),
             alert.GetProperty("value").GetDouble(), alert.GetProperty("target").GetDouble(), alert.GetProperty("met").GetBoolean()));
        Assert.Matches("[а-яА-Я]", alert.GetProperty("metric_name").GetString()); // in Russian
        Assert.Equal(Start(0).ToString("yyyy-MM-dd"), alert.GetProperty("period_start").GetString());
        Assert.StartsWith("http", alert.GetProperty("dashboard").GetString());

        Assert.Equal(["duty@courts.example"], mail.Recipients);
        Assert.StartsWith("CourtMetrics ескертуі", mail.Message.Subject);
        Assert.Equal(2, (await DeliveriesAsync()).Count(d => d.Outcome == "sent" && d.AlertId == raised.Id));
    }

    [Fact]
    public async Task A_failing_webhook_fails_its_job_which_hangfire_retries_and_once_the_receiver_is_back_it_is_delivered()
    {
        await SubscribeAsync("webhook", _receiver.Url.ToString(), "en");
        _receiver.Status = 500;

        await MissAsync();

        // The job threw: Hangfire scheduled a retry, as its history and the dashboard's Retries show.
        var monitoring = App.Get<JobStorage>().GetMonitoringApi();
        var (jobId, history) = await Eventually.ValueAsync(() => Task.FromResult(monitoring.ScheduledJobs(0, 100)
            .Where(j => j.Value.Job?.Method.Name == nameof(AlertDelivery.DeliverAsync))
            .Select(j => (j.Key, monitoring.JobDetails(j.Key).History))
            .FirstOrDefault(j => j.History.Any(h => h.Reason?.StartsWith("Retry attempt 1 of 5") == true)) is { Key: not null } found ? new Tuple<string, IList<Hangfire.Storage.Monitoring.StateHistoryDto>>(found.Key, found.History) : null));
        Assert.Contains(history, h => h.StateName == "Scheduled" && h.Reason!.Contains("500"));
        using (var connection = App.Get<JobStorage>().GetConnection())
            Assert.Contains(jobId, connection.GetAllItemsFromSet("retries"));
        var failed = Assert.Single(await DeliveriesAsync());
        Assert.Equal(("failed", 1), (failed.Outcome, failed.Attempt));
        Assert.Contains("500", failed.Error);

        _receiver.Status = 200;
        App.Get<IBackgroundJobClient>().Requeue(jobId); // what "Requeue" on the dashboard does, rather than waiting for the retry

        var sent = await Eventually.ValueAsync(async () => (await DeliveriesAsync()).FirstOrDefault(d => d.Outcome == "sent"));
        Assert.Equal(2, sent.Attempt);
        Assert.Equal([500, 200], _receiver.Requests.Select(r => r.Answered));
        Assert.Equal("Succeeded", await Eventually.ValueAsync(() => Task.FromResult(
            monitoring.JobDetails(jobId).History.FirstOrDefault()?.StateName is "Succeeded" ? "Succeeded" : null)));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _receiver.Dispose();
        await _sink.DisposeAsync();
    }
}
