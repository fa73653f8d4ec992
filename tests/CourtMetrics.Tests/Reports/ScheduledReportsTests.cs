using System.Net;
using System.Net.Http.Json;
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

    private Task<ReportSchedule> CreateAsync(object schedule) => CreateAsync(_admin, schedule);

    public static async Task<ReportSchedule> CreateAsync(HttpClient admin, object schedule)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/reports/schedules", schedule);
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
    public async Task A_pdf_schedule_mails_the_view_as_a_vector_pdf_with_a_page_per_chart_in_its_language()
    {
        var schedule = await CreateAsync(Schedule(format: "pdf", language: "kk"));

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PostAsync($"/api/admin/reports/schedules/{schedule.Id}/send", null)).StatusCode);

        var attachment = Assert.IsType<MimePart>(Assert.Single(Assert.Single(_sink.Messages).Message.Attachments));
        Assert.EndsWith(".pdf", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        var pdf = new CourtMetrics.Tests.Exports.PdfContent(content.ToArray());
        Assert.Equal(App.Get<ChartDefinitions>().Views["case-flow"].Charts.Count, pdf.Pages);
        Assert.Contains(pdf.Texts(), t => t.Contains(App.Get<ChartDefinitions>().Label("case-flow", "kk"))); // the footer names the view in Kazakh
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

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _sink.DisposeAsync();
    }
}
