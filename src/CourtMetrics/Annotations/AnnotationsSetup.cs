using CourtMetrics.Security;
using CourtMetrics.Site;
using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Scopes;
using CourtMetrics.Database;
using CourtMetrics.Live;
using CourtMetrics.Targets;
using Dapper;
using Npgsql;

namespace CourtMetrics.Annotations;

public sealed record Annotation(long Id, string Scope, DateOnly Date, string Text, string CreatedBy);

public sealed record AnnotationRequest(string? Scope, DateOnly? Date, string? Text);

/// <summary>Dated notes ("e-filing launched") shown on every time chart of their scope and of the scopes inside it.</summary>
public static class AnnotationsSetup
{
    public const int MaxTextLength = 200;

    public static void MapAnnotations(this WebApplication app)
    {
        var api = app.MapGroup("/api/annotations").WithTags("Annotations");
        api.MapGet("", async (string? scope, DateOnly? from, DateOnly? to, NpgsqlDataSource db, SqlFiles sql, CourtRegions scopes) =>
            {
                if (!Scope.TryParse(scope, out var parsed)) return Refusal("scope", $"'{scope}' is not nation, region:<id> or court:<id>");
                await using var connection = await db.OpenConnectionAsync();
                return Results.Ok(await connection.QueryAsync<Annotation>(sql["annotations/list"], new
                {
                    Scopes = await scopes.WithEnclosingAsync(parsed),
                    From = from ?? DateOnly.MinValue, To = to ?? DateOnly.MaxValue,
                }));
            })
            .RequireScopeAccess()
            .WithName("GetAnnotations")
            .WithSummary("Notes of a scope and of the scopes containing it (a court's region, the nation), oldest first; at most 500.");

        api.MapPost("", async (AnnotationRequest request, ClaimsPrincipal user, NpgsqlDataSource db, SqlFiles sql, TimeProvider clock,
                MarksGeneration marks) =>
            {
                if (!Scope.TryParse(request.Scope, out var scope) || request.Scope is null)
                    return Refusal("scope", $"'{request.Scope}' is not nation, region:<id> or court:<id>");
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (request.Date is not { } date || date.Year < 1900 || date > today.AddYears(1))
                    return Refusal("date", "a date from 1900 to a year from now is required (yyyy-mm-dd)");
                var text = request.Text?.Trim();
                if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
                    return Refusal("text", $"a note of 1 to {MaxTextLength} characters is required");
                await using var connection = await db.OpenConnectionAsync();
                var id = await connection.QuerySingleAsync<long>(sql["annotations/insert"],
                    new { Scope = scope.ToString(), Date = date, Text = text, CreatedBy = user.Identity!.Name });
                marks.Bump();
                return Results.Created($"/api/annotations/{id}", new Annotation(id, scope.ToString(), date, text, user.Identity!.Name!));
            })
            .RequireAuthorization(Administrators.Policy)
            .WithName("AddAnnotation")
            .WithSummary("Adds a dated note to a scope's time charts (administrators).")
            .Produces<Annotation>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapDelete("/{id:long}", async (long id, NpgsqlDataSource db, SqlFiles sql, MarksGeneration marks) =>
            {
                await using var connection = await db.OpenConnectionAsync();
                if (await connection.QuerySingleOrDefaultAsync<long?>(sql["annotations/delete"], new { Id = id }) is null)
                    return ProblemAnswers.NotFound($"There is no annotation {id}.");
                marks.Bump();
                return Results.NoContent();
            })
            .RequireAuthorization(Administrators.Policy)
            .WithName("DeleteAnnotation").WithSummary("Removes a note (administrators).");
    }

    private static IResult Refusal(string field, string message) =>
        ProblemAnswers.FieldRefused("Invalid annotation", field, message);
}
