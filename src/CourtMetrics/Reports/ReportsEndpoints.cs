using System.Security.Claims;
using CourtMetrics.Charts;
using CourtMetrics.Security;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Reports;

/// <summary>Administrators' scheduled reports (/admin/reports.html): what can be chosen, the schedules, and "send now".</summary>
public static class ReportsEndpoints
{
    public sealed record ViewChoice(string Id, string Name);

    /// <summary>What the page offers, and whether e-mail is on (no Mail:Host: reports and e-mail alerts are off).</summary>
    public sealed record ReportsStatus(bool MailConfigured, IReadOnlyList<ViewChoice> Views, IReadOnlyList<string> Periods,
        IReadOnlyList<string> Formats, IReadOnlyList<string> AvailableFormats, int MaxRecipients);

    public static void MapReports(this WebApplication app)
    {
        var api = app.MapGroup("/api/admin/reports").RequireAuthorization(Administrators.Policy).WithTags("Reports and alert delivery");
        api.MapGet("/status", Status)
            .WithName("GetReportsStatus").WithSummary("Whether e-mail is configured, and the views, periods and formats a schedule may take (administrators).");
        api.MapGet("/schedules", ListAsync)
            .WithName("GetReportSchedules").WithSummary("Every scheduled report, newest edit first (administrators).");
        api.MapPost("/schedules", CreateAsync)
            .WithName("CreateReportSchedule").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary($"Schedules a view's report by e-mail: view, scope, period, language, format (pptx; pdf later), up to {ScheduleCheck.MaxRecipients} recipients, cadence (administrators).");
        api.MapPut("/schedules/{id:int}", UpdateAsync)
            .WithName("UpdateReportSchedule").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Changes a schedule; its recurring job follows (administrators).");
        api.MapDelete("/schedules/{id:int}", DeleteAsync)
            .WithName("DeleteReportSchedule").WithSummary("Removes a schedule and its recurring job (administrators).");
        api.MapPost("/schedules/{id:int}/send", SendNowAsync)
            .WithName("SendReportNow").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status502BadGateway)
            .WithSummary("Renders and mails a schedule's report now, to test it; the delivery log records it (administrators).");
        api.MapAlertSubscriptions();
    }

    private static Ok<ReportsStatus> Status(MailSender mail, ChartDefinitions definitions, ReportRenderer renderer, HttpContext http) =>
        TypedResults.Ok(new ReportsStatus(mail.Configured,
            definitions.Views.Keys.Select(v => new ViewChoice(v, definitions.Label(v, Messages.LanguageOf(http)))).ToList(),
            ReportPeriods.Presets, Enum.GetNames<ReportFormat>().Select(f => f.ToLowerInvariant()).ToList(),
            Enum.GetValues<ReportFormat>().Where(renderer.Renders).Select(f => f.ToString().ToLowerInvariant()).ToList(),
            ScheduleCheck.MaxRecipients));

    private static async Task<Ok<IReadOnlyList<ReportSchedule>>> ListAsync(ScheduleStore schedules) => TypedResults.Ok(await schedules.ListAsync());

    private static async Task<Results<Created<ReportSchedule>, ValidationProblem>> CreateAsync(ScheduleRequest request, ClaimsPrincipal user,
        ScheduleCheck check, ScheduleStore schedules, ReportJobs jobs, HttpContext http)
    {
        var (schedule, refusal) = await check.CheckAsync(request);
        if (refusal is not null) return Refused(http, refusal);
        if (await schedules.CreateAsync(schedule!, user.Identity!.Name!) is not { } id)
            return Refused(http, new FieldRefusal("name", "reportSchedulesCap", ScheduleStore.MaxSchedules));
        var created = (await schedules.FindAsync(id))!;
        jobs.Register(created);
        return TypedResults.Created($"/api/admin/reports/schedules/{id}", created);
    }

    private static async Task<Results<Ok<ReportSchedule>, ValidationProblem, ProblemHttpResult>> UpdateAsync(int id, ScheduleRequest request,
        ClaimsPrincipal user, ScheduleCheck check, ScheduleStore schedules, ReportJobs jobs, HttpContext http)
    {
        var (schedule, refusal) = await check.CheckAsync(request);
        if (refusal is not null) return Refused(http, refusal);
        if (!await schedules.UpdateAsync(id, schedule!, user.Identity!.Name!)) return ProblemAnswers.NotFound(Messages.Say(http, "noReportSchedule", id));
        var updated = (await schedules.FindAsync(id))!;
        jobs.Register(updated);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, ScheduleStore schedules, ReportJobs jobs, HttpContext http)
    {
        jobs.Remove(id);
        return await schedules.DeleteAsync(id) ? TypedResults.NoContent() : ProblemAnswers.NotFound(Messages.Say(http, "noReportSchedule", id));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SendNowAsync(int id, ScheduleStore schedules, ReportMailer mailer,
        MailSender mail, HttpContext http)
    {
        if (await schedules.FindAsync(id) is not { } schedule) return ProblemAnswers.NotFound(Messages.Say(http, "noReportSchedule", id));
        if (!mail.Configured) return ProblemAnswers.BadRequest("Report not sent", Messages.Say(http, "mailOff"));
        try
        {
            await mailer.SendAsync(schedule, attempt: 1, http.RequestAborted);
            return TypedResults.NoContent();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ProblemAnswers.Refused(StatusCodes.Status502BadGateway, "Report not sent", Messages.Say(http, "reportNotSent", e.Message));
        }
    }

    internal static ValidationProblem Refused(HttpContext http, FieldRefusal refusal) =>
        ProblemAnswers.FieldRefused("Invalid request", refusal.Field, Messages.Say(http, refusal.Key, refusal.Args));
}
