using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Reports;
using CourtMetrics.Tests.Support;
using static CourtMetrics.Tests.Reports.ScheduledReportsTests;

namespace CourtMetrics.Tests.Reports;

/// <summary>
/// Every bad field of a schedule → 400 naming it, and nothing stored. A refusal writes nothing, so one app serves
/// every case (the other refusals of the reports API: ReportsRefusalTests).
/// </summary>
public sealed class BadScheduleTests(BadScheduleTests.ReportsApp app) : IClassFixture<BadScheduleTests.ReportsApp>
{
    /// <summary>The small court system and the reports' mail settings, as ReportsRefusalTests has them.</summary>
    public sealed class ReportsApp : CourtSystemApp
    {
        public ReportsApp() => ReportsRefusalTests.WithUnreachableMail(this);
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
    [InlineData("format", "docx", "format")]
    [InlineData("format", "0", "format")]
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

        var response = await app.Administrator.PostAsJsonAsync("/api/admin/reports/schedules", schedule);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Empty((await app.Administrator.GetFromJsonAsync<List<ReportSchedule>>("/api/admin/reports/schedules"))!);
    }
}
