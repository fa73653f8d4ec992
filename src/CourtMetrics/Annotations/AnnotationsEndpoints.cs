using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Scopes;
using CourtMetrics.Security;
using CourtMetrics.Site;
using CourtMetrics.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Annotations;

public sealed record AnnotationRequest(string? Scope, DateOnly? Date, string? Text);

/// <summary>Dated notes ("e-filing launched") shown on every time chart of their scope and of the scopes inside it.</summary>
public static class AnnotationsEndpoints
{
    public const int MaxTextLength = 200;

    public static void AddAnnotations(this IServiceCollection services) => services.AddSingleton<AnnotationStore>();

    public static void MapAnnotations(this WebApplication app)
    {
        var api = app.MapGroup("/api/annotations").WithTags("Annotations");
        api.MapGet("", ListAsync)
            .RequireScopeAccess()
            .WithName("GetAnnotations")
            .WithSummary("Notes of a scope and of the scopes containing it (a court's region, the nation), oldest first; at most 500.");
        api.MapPost("", AddAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("AddAnnotation")
            .WithSummary("Adds a dated note to a scope's time charts (administrators).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/{id:long}", DeleteAsync)
            .RequireAuthorization(Administrators.Policy)
            .WithName("DeleteAnnotation").WithSummary("Removes a note (administrators).");
    }

    private static async Task<Results<Ok<IReadOnlyList<Annotation>>, ValidationProblem>> ListAsync(string? scope, DateOnly? from,
        DateOnly? to, AnnotationStore notes, HttpContext http, CancellationToken cancellationToken)
    {
        if (!Scope.TryParse(scope, out var parsed)) return Refusal(http, "scope", "notAScope", scope);
        return TypedResults.Ok(await notes.OfAsync(parsed, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue, cancellationToken));
    }

    private static async Task<Results<Created<Annotation>, ValidationProblem>> AddAsync(AnnotationRequest request, ClaimsPrincipal user,
        AnnotationStore notes, TimeProvider clock, MarksGeneration marks, HttpContext http)
    {
        if (!Scope.TryParse(request.Scope, out var scope) || request.Scope is null)
            return Refusal(http, "scope", "notAScope", request.Scope);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Date is not { } date || date.Year < 1900 || date > today.AddYears(1))
            return Refusal(http, "date", "annotationDate");
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
            return Refusal(http, "text", "annotationText", MaxTextLength);
        var added = await notes.AddAsync(scope, date, text, user.Identity!.Name!);
        marks.Bump();
        return TypedResults.Created($"/api/annotations/{added.Id}", added);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, AnnotationStore notes, MarksGeneration marks, HttpContext http)
    {
        if (!await notes.DeleteAsync(id)) return ProblemAnswers.NotFound(Messages.Say(http, "noAnnotation", id));
        marks.Bump();
        return TypedResults.NoContent();
    }

    private static ValidationProblem Refusal(HttpContext http, string field, string key, params object?[] args) =>
        ProblemAnswers.FieldRefused("Invalid annotation", field, Messages.Say(http, key, args));
}
