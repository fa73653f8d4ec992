using CourtMetrics.Security;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Audit;

/// <summary>One page of the audit log, newest first, with the number of entries in all.</summary>
public sealed record AuditPage(int Page, int Size, long Total, IReadOnlyList<AuditEntry> Entries);

/// <summary>The administrators' audit log, for administrators.</summary>
public static class AuditEndpoints
{
    public static void MapAudit(this WebApplication app) =>
        app.MapGroup("/api/admin/audit").WithTags("Administrator accounts").RequireAuthorization(Administrators.Policy)
            .MapGet("", PageAsync)
            .WithName("GetAuditLog")
            .WithSummary("The administrators' actions, newest first: page (from 1) and size (at most 200, 50 by default).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> PageAsync(int? page, int? size, AuditLog audit,
        CancellationToken cancellationToken)
    {
        if (page is < 1 or > 100_000) return ProblemAnswers.BadRequest("Bad audit query", "page must be 1 to 100000.");
        if (size is < 1 or > AuditLog.MaxPageSize) return ProblemAnswers.BadRequest("Bad audit query", $"size must be 1 to {AuditLog.MaxPageSize}.");
        var (entries, total) = await audit.PageAsync(page ?? 1, size ?? 50, cancellationToken);
        return TypedResults.Ok(new AuditPage(page ?? 1, size ?? 50, total, entries));
    }
}
