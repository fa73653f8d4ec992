using System.Security.Claims;
using System.Text.Json;
using CourtMetrics.Accounts;
using CourtMetrics.Audit;
using CourtMetrics.Scopes;
using CourtMetrics.Ingest;
using CourtMetrics.Security;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.CourtSystem;

/// <summary>
/// /api/court-system, for administrators: the court system as its file, a whole file applied (or tried with
/// dryRun=true), one court written or removed. Every path goes through CourtSystemStore, and every change is audited.
/// </summary>
public static class CourtSystemEndpoints
{
    public static void AddCourtSystem(this IServiceCollection services) => services.AddSingleton<CourtSystemStore>();

    public static void MapCourtSystem(this WebApplication app)
    {
        app.MapGroup("/api/data-state").WithTags("Court system").MapGet("", DataStateAsync).WithName("GetDataState")
            .WithSummary("Whether the instance has courts and data yet (the dashboard says \"no data has been loaded yet\" rather than showing zeros), the currency its amounts are in, the month its fiscal year starts and the court system's own name by language.");
        app.MapGroup("/api/reporting").WithTags("Court system").MapGet("", ReportingAsync).WithName("GetReporting")
            .WithSummary("How the courts of a scope (nation, region:<id> or court:<id>) report between from and to: each length of period (month, quarter, half-year, year) and how many courts use it, and whether the scope has case rows there.")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireScopeAccess();
        var api = app.MapGroup("/api/court-system").WithTags("Court system").RequireAuthorization(Administrators.Policy);
        api.MapGet("/set-up", SetUpAsync).WithName("GetSetUpState")
            .WithSummary("How far the instance is set up: regions, courts and categories defined, data loaded, API keys in use.");
        api.MapGet("", GetAsync).WithName("GetCourtSystem")
            .WithSummary("The court system as its file (wwwroot/schemas/court-system.schema.json): settings, levels, regions, courts, categories, economy, budget floor.");
        api.MapPut("", PutAsync).WithName("PutCourtSystem")
            .WithSummary("Applies a court-system file (the body, JSON): all of it or nothing. dryRun=true lists the changes and writes nothing.")
            .Accepts<CourtSystemDocument>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPut("/courts/{code}", PutCourtAsync).WithName("PutCourt")
            .WithSummary("Adds or replaces one court (the body: the court as in the file); dryRun=true lists the changes only.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/courts/{code}", DeleteCourtAsync).WithName("DeleteCourt")
            .WithSummary("Removes a court that holds no data; one that holds data is refused: give it a closing date instead.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>What every visitor may know: whether there is anything to show yet.</summary>
    public sealed record DataState(int Courts, bool HasData, string? Currency, int FiscalYearStartMonth, IReadOnlyDictionary<string, string> Names);

    private static async Task<Ok<DataState>> DataStateAsync(CourtSystemStore store, CancellationToken cancellationToken)
    {
        var state = await store.StateAsync(cancellationToken);
        return TypedResults.Ok(new DataState(state.Courts, state.HasData, state.Currency, state.FiscalYearStartMonth, state.Names));
    }

    private static async Task<Results<Ok<Reporting>, ProblemHttpResult>> ReportingAsync(string? scope, DateOnly? from,
        DateOnly? to, CourtSystemStore store, CancellationToken cancellationToken)
    {
        if (!Scope.TryParse(scope ?? "nation", out var parsed))
            return ProblemAnswers.BadRequest("Bad reporting query", "scope must be nation, region:<id> or court:<id>.");
        var (first, last) = (from ?? new DateOnly(1900, 1, 1), to ?? new DateOnly(2200, 12, 31));
        return TypedResults.Ok(await store.ReportingAsync(parsed.CourtId is { } court ? [court] : null, (short?)parsed.RegionId,
            first, last, cancellationToken));
    }

    private static async Task<Ok<SetUpState>> SetUpAsync(CourtSystemStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.StateAsync(cancellationToken));

    private static async Task<Ok<CourtSystemDocument>> GetAsync(CourtSystemStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ExportAsync(cancellationToken));

    private static async Task<Results<Ok<CourtSystemAnswer>, ProblemHttpResult>> PutAsync(HttpContext http, bool? dryRun,
        CourtSystemStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        using var body = await CappedBody.ReadAsync(http.Request, CourtSystemFile.MaxBytes, cancellationToken);
        if (body is null) return TooLarge(http);
        var (file, problem) = CourtSystemFile.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        if (file is null) return Refusal(http, new CourtSystemOutcome(false, dryRun ?? false, [], [problem!]));
        return await AnswerAsync(await store.ApplyAsync(file, dryRun ?? false, cancellationToken), http, audit, "court system applied", cancellationToken);
    }

    private static async Task<Results<Ok<CourtSystemAnswer>, ProblemHttpResult>> PutCourtAsync(string code, CourtEntry court, bool? dryRun,
        HttpContext http, CourtSystemStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        if (court.Code != code) return ProblemAnswers.BadRequest("Court refused", Messages.Say(http, "courtCodeMismatch", court.Code, code));
        var current = await store.ExportAsync(cancellationToken);
        var courts = current.Courts!.Where(c => c.Code != code).Append(court).ToList();
        var outcome = await store.ApplyAsync(CourtSystemFile.Of(current with { Courts = courts }), dryRun ?? false, cancellationToken);
        return await AnswerAsync(outcome, http, audit, $"court {code} written", cancellationToken);
    }

    private static async Task<Results<Ok<CourtSystemAnswer>, ProblemHttpResult>> DeleteCourtAsync(string code, HttpContext http,
        CourtSystemStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        var current = await store.ExportAsync(cancellationToken);
        if (current.Courts!.All(c => c.Code != code)) return ProblemAnswers.NotFound(Messages.Say(http, "noCourt", code.Length > 60 ? code[..60] + "…" : code));
        var outcome = await store.ApplyAsync(CourtSystemFile.Of(current with { Courts = current.Courts!.Where(c => c.Code != code).ToList() }),
            false, cancellationToken);
        return await AnswerAsync(outcome, http, audit, $"court {code} removed", cancellationToken);
    }

    private static async Task<Results<Ok<CourtSystemAnswer>, ProblemHttpResult>> AnswerAsync(CourtSystemOutcome outcome, HttpContext http,
        AuditLog audit, string action, CancellationToken cancellationToken)
    {
        if (outcome.Refused) return Refusal(http, outcome);
        if (outcome.Written)
            await audit.RecordAsync(http.User.Identity?.Name ?? "?", action, Detail(outcome), http, cancellationToken);
        return TypedResults.Ok(outcome.In(Messages.LanguageOf(http)));
    }

    /// <summary>The audit line (in English, as the log keeps it): the summary and as many changes as fit.</summary>
    public static string Detail(CourtSystemOutcome outcome)
    {
        var detail = outcome.Summary + " " + string.Join("; ", outcome.Changes);
        return detail.Length <= 2000 ? detail : detail[..1999] + "…";
    }

    private static ProblemHttpResult Refusal(HttpContext http, CourtSystemOutcome outcome)
    {
        var said = outcome.In(Messages.LanguageOf(http));
        return ProblemAnswers.Refused(StatusCodes.Status400BadRequest, "Court system refused",
            said.Summary + "\n" + string.Join("\n", said.Problems.Take(100)), new Dictionary<string, object?> { ["problems"] = said.Problems });
    }

    private static ProblemHttpResult TooLarge(HttpContext http) => ProblemAnswers.Refused(StatusCodes.Status413PayloadTooLarge,
        "Court system refused", Messages.Say(http, "fileLarger", CourtSystemFile.MaxBytes));
}
