using CourtMetrics.Site;
using CourtMetrics.Security;
using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Exports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Ingest;

/// <summary>
/// The administrators' upload of a CSV file (wwwroot/admin/import.html): the body is the file itself, streamed to a
/// temporary file (never held in memory) up to Ingest:MaxFileBytes; the import then runs in the background and the
/// page polls its step, rows read and finally its report. Every endpoint is for administrators only.
/// </summary>
public static class ImportEndpoints
{
    public static void MapImportEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Import").RequireAuthorization(Administrators.Policy);
        api.MapPost("", UploadAsync)
            .WithName("StartImport")
            .WithSummary("Uploads a CSV file (the request body) and starts its import; 202 with the import's id and status.")
            .Accepts<Stream>("text/csv")
            .Produces<ImportStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/{id:guid}", GetStatus)
            .WithName("GetImport")
            .WithSummary("An import's step (queued, staging, checking, merging, done, failed), rows and bytes read, and at the end its report.")
            .Produces<ImportStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/rejected.csv", GetRejectedCsv)
            .WithName("GetImportRejectedRows")
            .WithSummary("The rows an accept-valid import left out, as CSV: line, reasons, then the file's fields; separators of " +
                         "lang en|kk|ru (else Accept-Language) unless csv=comma|semicolon; values that would run as formulas led by '.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/rejected.xlsx", GetRejectedXlsx)
            .WithName("GetImportRejectedRowsWorkbook")
            .WithSummary("The same rejected rows as an Excel workbook, every value a text cell.")
            .Produces(StatusCodes.Status200OK, contentType: XlsxFile.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<ImportStatus>, ProblemHttpResult> GetStatus(Guid id, ImportRuns runs, HttpContext http) =>
        runs.Find(id) is { } run ? TypedResults.Ok(ImportStatus.Of(run, Messages.LanguageOf(http))) : NotFound(http, id);

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetRejectedCsv(Guid id, string? lang, string? csv, ImportRuns runs,
        HttpContext http)
    {
        if (runs.Find(id) is not { Report.Rejected: { } rows } run) return NotFound(http, id);
        if (lang is not null && !Messages.Languages.Contains(lang))
            return ProblemAnswers.FieldRefused("Invalid download", "lang", Messages.Say(http, "exportLanguage", CsvConvention.Shown(lang)));
        var language = lang ?? Messages.LanguageOf(http);
        if (!CsvConvention.TryParse(csv, language, out var convention, out _))
            return ProblemAnswers.FieldRefused("Invalid download", "csv", Messages.Say(language, "exportSeparator", CsvConvention.Shown(csv!)));
        return TypedResults.File(CsvFile.Write(rows, convention), CsvFile.ContentType, $"{run.Kind}-rejected.csv");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> GetRejectedXlsx(Guid id, ImportRuns runs, HttpContext http) =>
        runs.Find(id) is { Report.Rejected: { } rows } run
            ? TypedResults.File(XlsxFile.Write(rows, $"{run.Kind}-rejected"), XlsxFile.ContentType, $"{run.Kind}-rejected.xlsx")
            : NotFound(http, id);

    private static async Task<IResult> UploadAsync(HttpContext context, string? kind, string? encoding, string? delimiter,
        bool? decimalComma, string? thousands, bool? acceptValid, [FromQuery] string[]? column, string? fileName, ImportRuns runs,
        IOptions<IngestOptions> limits, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (options, error) = ImportRequest.Parse(kind, encoding, delimiter, decimalComma ?? false, acceptValid ?? false, column ?? [], thousands);
        if (options is null) return Refusal(error!.In(Messages.LanguageOf(context)));
        var maxBytes = limits.Value.MaxFileBytes;
        if (context.Request.ContentLength > maxBytes) return TooLarge(context, maxBytes);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit) bodyLimit.MaxRequestBodySize = maxBytes;

        var name = Path.GetFileName(fileName ?? "") is { Length: > 0 and <= 200 } given ? given : "upload.csv";
        var run = runs.TryAdd(options.Kind, name, context.Request.ContentLength ?? 0, user.Identity?.Name ?? "?");
        if (run is null)
            return ProblemAnswers.Refused(StatusCodes.Status429TooManyRequests, "Import refused",
                Messages.Say(context, "importsRunning", ImportRuns.MaxRunning));
        var path = Path.Combine(Path.GetTempPath(), $"courtmetrics-import-{run.Id:N}.csv");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await new LimitedStream(context.Request.Body, maxBytes, () => new ImportLimitException("too large"))
                    .CopyToAsync(file, cancellationToken);
            }
        }
        catch (Exception e) when (e is ImportLimitException or BadHttpRequestException or IOException or OperationCanceledException)
        {
            runs.Remove(run);
            File.Delete(path);
            return e is ImportLimitException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? TooLarge(context, maxBytes)
                : Refusal(Messages.Say(context, "importIncomplete"));
        }
        runs.Start(run, options, path);
        return TypedResults.Accepted($"/api/imports/{run.Id}", ImportStatus.Of(run));
    }

    private static IResult Refusal(string detail) => ProblemAnswers.BadRequest("Import refused", detail);

    private static IResult TooLarge(HttpContext http, long maxBytes) => ProblemAnswers.Refused(StatusCodes.Status413PayloadTooLarge,
        "Import refused", Messages.Say(http, "importTooLarge", maxBytes));

    private static ProblemHttpResult NotFound(HttpContext http, Guid id) => ProblemAnswers.NotFound(Messages.Say(http, "noImport", id));
}

/// <summary>What GET /api/imports/{id} answers; Report is null until the import has ended. The problems' reasons
/// are in the language asked for (Messages.Reason), the summary Message in English for scripts and logs.</summary>
public sealed record ImportStatus(Guid Id, string Kind, string FileName, string Phase, long RowsRead, long BytesRead,
    long FileBytes, ImportOutcome? Report, string? Error)
{
    public static ImportStatus Of(ImportRun run, string language = "en") => new(run.Id, run.Kind, run.FileName, run.Phase, run.RowsRead,
        run.BytesRead, run.FileBytes, run.Report is { } report ? ImportOutcome.Of(report, language) : null,
        run.Error is null ? null : Messages.Reason(language, run.Error));
}

/// <summary>An import report for the page: the counts, the listed problems, totals by reason (the rejected rows
/// are served apart, as CSV).</summary>
public sealed record ImportOutcome(bool Written, long RowsRead, long RowsInserted, long RowsUpdated, long RowsUnchanged,
    long RowsRejected, long ProblemCount, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ProblemTotal> Totals,
    bool HasRejectedRows, string Message, IReadOnlyList<ImportProblem> Warnings)
{
    public static ImportOutcome Of(ImportReport r, string language = "en") => new(r.Written, r.RowsRead, r.RowsInserted, r.RowsUpdated,
        r.RowsUnchanged, r.RowsRejected, r.ProblemCount, Said(r.Problems, language),
        r.Totals.Select(t => t with { Reason = Messages.Reason(language, t.Reason) }).ToList(), r.Rejected is not null, r.Message,
        Said(r.Warnings ?? [], language));

    private static List<ImportProblem> Said(IEnumerable<ImportProblem> problems, string language) =>
        problems.Select(p => p with { Reason = Messages.Reason(language, p.Reason) }).ToList();
}
