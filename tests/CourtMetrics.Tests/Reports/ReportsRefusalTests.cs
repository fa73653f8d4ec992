using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Reports;
using CourtMetrics.Tests.Support;
using static CourtMetrics.Tests.Reports.ScheduledReportsTests;

namespace CourtMetrics.Tests.Reports;

/// <summary>
/// What the reports API refuses: every bad field of a subscription → 400 naming it (webhooks to internal addresses
/// with Webhooks:AllowPrivateAddresses off, as by default; a schedule's: BadScheduleTests), and everyone but
/// administrators.
/// Its mail server is a loopback port nobody listens on.
/// </summary>
public sealed class ReportsRefusalTests : AppTests
{
    private HttpClient _admin = null!;

    public ReportsRefusalTests() => WithUnreachableMail(App);

    /// <summary>Mail through a loopback port nobody listens on.</summary>
    internal static AppFactory WithUnreachableMail(AppFactory app) =>
        app.With("Mail:Host", "127.0.0.1").With("Mail:Port", LoopbackPorts.Free().ToString()).With("Mail:Security", "none")
            .With("Mail:From", "reports@courts.example");

    [Fact]
    public async Task A_mail_server_that_cannot_be_reached_fails_send_now_with_502_and_the_log_records_the_failure()
    {
        var schedule = await CreateAsync(_admin, Schedule(language: "en"));

        var response = await _admin.PostAsync($"/api/admin/reports/schedules/{schedule.Id}/send", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var failed = Assert.Single((await _admin.GetFromJsonAsync<List<Delivery>>("/api/admin/reports/deliveries"))!);
        Assert.Equal(("failed", 1, schedule.Id, "chief@courts.example, analyst@courts.example"),
            (failed.Outcome, failed.Attempt, failed.ScheduleId, failed.Recipient));
        Assert.False(string.IsNullOrEmpty(failed.Error));
    }

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        _admin = await App.AdministratorClientAsync();
    }

    [Fact]
    public async Task A_webhook_to_an_internal_address_is_refused_unless_the_option_allows_it()
    {
        foreach (var url in new[] { "http://127.0.0.1:9/hook", "http://localhost/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest", "http://[::1]/hook" })
        {
            var response = await _admin.PostAsJsonAsync("/api/admin/reports/subscriptions", new { kind = "webhook", address = url, language = "en" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("address", out _), url);
        }
        var ftp = await _admin.PostAsJsonAsync("/api/admin/reports/subscriptions", new { kind = "webhook", address = "ftp://hooks.example/x", language = "en" });
        Assert.Equal(HttpStatusCode.BadRequest, ftp.StatusCode);
        var bad = await _admin.PostAsJsonAsync("/api/admin/reports/subscriptions", new { kind = "email", address = "nobody", language = "en" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fine = await _admin.PostAsJsonAsync("/api/admin/reports/subscriptions", new { kind = "webhook", address = "https://hooks.example/courtmetrics", language = "kk" });
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
    }

    [Fact]
    public async Task A_viewer_is_refused_every_reports_endpoint()
    {
        (await _admin.PostAsJsonAsync("/api/admin/viewers", new { userName = "north", password = "north's password", scopes = new[] { "region:1" } }))
            .EnsureSuccessStatusCode();
        var viewer = await App.SignedInClientAsync("north", "north's password");
        var schedule = await CreateAsync(_admin, Schedule());

        var answers = new List<HttpStatusCode>
        {
            (await viewer.GetAsync("/api/admin/reports/status")).StatusCode,
            (await viewer.GetAsync("/api/admin/reports/schedules")).StatusCode,
            (await viewer.PostAsJsonAsync("/api/admin/reports/schedules", Schedule())).StatusCode,
            (await viewer.PutAsJsonAsync($"/api/admin/reports/schedules/{schedule.Id}", Schedule())).StatusCode,
            (await viewer.PostAsync($"/api/admin/reports/schedules/{schedule.Id}/send", null)).StatusCode,
            (await viewer.DeleteAsync($"/api/admin/reports/schedules/{schedule.Id}")).StatusCode,
            (await viewer.GetAsync("/api/admin/reports/subscriptions")).StatusCode,
            (await viewer.PostAsJsonAsync("/api/admin/reports/subscriptions", new { kind = "email", address = "a@b.example", language = "en" })).StatusCode,
            (await viewer.DeleteAsync("/api/admin/reports/subscriptions/1")).StatusCode,
            (await viewer.GetAsync("/api/admin/reports/deliveries")).StatusCode,
        };

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Forbidden, status));
                Assert.Single((await _admin.GetFromJsonAsync<List<ReportSchedule>>("/api/admin/reports/schedules"))!);
    }
}
