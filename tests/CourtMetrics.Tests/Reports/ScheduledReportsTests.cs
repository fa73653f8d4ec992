using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Charts;
using CourtMetrics.Reports;
using CourtMetrics.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Hangfire;
using Hangfire.Storage;
using MimeKit;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Reports;

/// <summary>
/// Administrators schedule a view's report: it is mailed (to an SMTP sink of the test's own) as the view's deck, and
/// each schedule is a Hangfire recurring job that follows the table — created, edited, deleted, and at every start.
/// </summary>
[Trait("Calendar", "today")]
public sealed class ScheduledReportsTests : AppTests, IAsyncLifetime
{
    private readonly SmtpSink _sink = new();
    private HttpClient _admin = null!;

    public ScheduledReportsTests()
    {
        _sink.Serve(App, "CourtMetrics <reports@courts.example>").With("Presentation:PublicAddress", "https://courts.example/");
    }

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("a", 11, 1, Day(0, 1), Day(0, 1)), ("b", 11, 2, Day(1, 3), Day(0, 1)), ("c", 12, 1, Day(2, 1), null));
        await App.AggregateAsync();
        _admin = await App.AdministratorClientAsync();
    }

    public static object Schedule(string name = "Weekly case flow", string view = "case-flow", string scope = "region:1",
        string language = "ru", string format = "pptx", string[]? recipients = null, string cadence = "weekly", int? weekday = 1,
        int? dayOfMonth = null, int? hour = 6, string? cron = null) => new
    {
        name, view, scope, period = "last12", language, format, recipients = recipients ?? ["chief@courts.example", "analyst@courts.example"],
        cadence, weekday, dayOfMonth, hour, cron,
    };

    private async Task<ReportSchedule> CreateAsync(object schedule)
    {
        var response = await _admin.PostAsJsonAsync("/api/admin/reports/schedules", schedule);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReportSchedule>())!;
    }

    private RecurringJobDto? RecurringJob(int id)
    {
        using var connection = App.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == $"report-{id}");
    }

    [Fact]
    public async Task Send_now_mails_the_views_deck_with_a_slide_per_chart_and_a_subject_and_body_in_the_schedules_language()
    {
        var schedule = await CreateAsync(Schedule());

        var response = await _admin.PostAsync($"/api/admin/reports/schedules/{schedule.Id}/send", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var mail = Assert.Single(_sink.Messages);
        Assert.Equal(["chief@courts.example", "analyst@courts.example"], mail.Recipients);
        Assert.StartsWith("Отчёт CourtMetrics Weekly case flow", mail.Message.Subject);
        Assert.Contains("North", mail.Message.Subject);
        Assert.Contains("https://courts.example/?view=case-flow&region=1", mail.Message.TextBody!);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Message.Attachments));
        Assert.EndsWith(".pptx", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        content.Position = 0;
        using var deck = PresentationDocument.Open(content, false);
        var charts = App.Get<ChartDefinitions>().Views["case-flow"].Charts.Count;
        Assert.Equal(charts + 1, deck.PresentationPart!.SlideParts.Count()); // a title slide and one per chart

        var logged = await _admin.GetFromJsonAsync<List<Delivery>>("/api/admin/reports/deliveries");
        Assert.Equal(("sent", 1, schedule.Id), (logged![0].Outcome, logged[0].Attempt, logged[0].ScheduleId));
    }

    [Fact]
    public async Task The_job_of_a_schedule_sends_its_report_as_hangfire_runs_it()
    {
        var schedule = await CreateAsync(Schedule(language: "en", scope: "nation", view: "overview"));

        App.Get<IRecurringJobManager>().Trigger(schedule.JobId);

        var mail = await _sink.MessageAsync();
        Assert.StartsWith("CourtMetrics report Weekly case flow", mail.Message.Subject);
        Assert.Single(mail.Message.Attachments);
    }

    [Fact]
    public async Task Each_schedule_is_a_recurring_job_at_its_cron_updated_on_edit_and_gone_on_delete()
    {
        var schedule = await CreateAsync(Schedule(weekday: 1, hour: 6));
        Assert.Equal("0 6 * * 1", RecurringJob(schedule.Id)?.Cron);

        var edited = await _admin.PutAsJsonAsync($"/api/admin/reports/schedules/{schedule.Id}", Schedule(cadence: "monthly", weekday: null, dayOfMonth: 28, hour: 23));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("0 23 28 * *", RecurringJob(schedule.Id)?.Cron);
        await _admin.PutAsJsonAsync($"/api/admin/reports/schedules/{schedule.Id}", Schedule(cadence: "cron", hour: null, cron: "30 7 * * 1-5"));
        Assert.Equal("30 7 * * 1-5", RecurringJob(schedule.Id)?.Cron);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/reports/schedules/{schedule.Id}")).StatusCode);
        Assert.Null(RecurringJob(schedule.Id));
        Assert.Empty((await _admin.GetFromJsonAsync<List<ReportSchedule>>("/api/admin/reports/schedules"))!);
    }

    [Fact]
    public async Task At_start_the_recurring_jobs_are_registered_again_from_the_table()
    {
        var schedule = await CreateAsync(Schedule(cadence: "daily", weekday: null, hour: 5));
        var manager = App.Get<IRecurringJobManager>();
        manager.RemoveIfExists(schedule.JobId);
        manager.AddOrUpdate<ReportMailer>("report-999", m => m.SendAsync(999, null), "0 1 * * *");

        await using var restarted = App.Restarted(); // another start on the same database; its hosted services run

        using var connection = restarted.Get<JobStorage>().GetConnection();
        var reports = connection.GetRecurringJobs().Where(j => j.Id.StartsWith("report-")).ToList();
        Assert.Equal(("report-" + schedule.Id, "0 5 * * *"), (Assert.Single(reports).Id, reports[0].Cron));
    }

    [Theory]
    [InlineData("view", "nothing", "view")]
    [InlineData("scope", "court:999", "scope")]
    [InlineData("scope", "province:1", "scope")]
    [InlineData("recipients", "not an address", "recipients")]
    [InlineData("recipients", "21", "recipients")]
    [InlineData("cron", "61 * * * *", "cron")]
    [InlineData("cron", "every day", "cron")]
    [InlineData("hour", "24", "hour")]
    [InlineData("format", "pdf", "format")]
    [InlineData("language", "de", "language")]
    public async Task A_bad_schedule_is_refused_naming_the_field(string change, string value, string field)
    {
        var schedule = change switch
        {
            "view" => Schedule(view: value),
            "scope" => Schedule(scope: value),
            "recipients" when value == "21" => Schedule(recipients: Enumerable.Range(1, 21).Select(i => $"judge{i}@courts.example").ToArray()),
            "recipients" => Schedule(recipients: ["chief@courts.example", value]),
            "cron" => Schedule(cadence: "cron", cron: value),
            "hour" => Schedule(hour: int.Parse(value)),
            "format" => Schedule(format: value),
            _ => Schedule(language: value),
        };

        var response = await _admin.PostAsJsonAsync("/api/admin/reports/schedules", schedule);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Empty((await _admin.GetFromJsonAsync<List<ReportSchedule>>("/api/admin/reports/schedules"))!);
    }

    [Fact]
    public async Task A_report_as_pdf_is_refused_as_not_available_yet()
    {
        var response = await _admin.PostAsJsonAsync("/api/admin/reports/schedules", Schedule(format: "pdf", language: "en"));

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("not available", problem.RootElement.GetProperty("errors").GetProperty("format")[0].GetString());
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
        var schedule = await CreateAsync(Schedule());

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
        Assert.Empty(_sink.Messages);
        Assert.Single((await _admin.GetFromJsonAsync<List<ReportSchedule>>("/api/admin/reports/schedules"))!);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _sink.DisposeAsync();
    }
}
