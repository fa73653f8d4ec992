using CourtMetrics.Security;
using CourtMetrics.Site;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Accounts;

/// <summary>Administrators create, list and revoke viewer accounts (/admin/viewers.html uses these; the audit log records each change).</summary>
public static class ViewerEndpoints
{
    public const int MaxScopes = 1000;

    public sealed record NewViewer(string? UserName, string? Password, string[]? Scopes);

    public static void MapViewers(this WebApplication app)
    {
        var api = app.MapGroup("/api/admin/viewers").RequireAuthorization(Administrators.Policy).WithTags("Administrator accounts");
        api.MapGet("", ListAsync)
            .WithName("GetViewers").WithSummary("Every viewer account, newest first, with its scopes (administrators).");
        api.MapPost("", CreateAsync)
            .WithName("CreateViewer")
            .WithSummary("Creates a viewer account limited to some scopes: region:<id> and court:<id> (administrators).")
            .Produces<ViewerListing>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/{id:int}", RevokeAsync)
            .WithName("RevokeViewer")
            .WithSummary("Revokes a viewer account: it signs in no more, its session ends at its next request and its live connections close (administrators).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ViewerListing>>> ListAsync(ViewerAccounts viewers) => TypedResults.Ok(await viewers.ListAsync());

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(int id, ViewerAccounts viewers, AccountConnections connections)
    {
        if (!await viewers.RevokeAsync(id)) return ProblemAnswers.NotFound($"There is no viewer account {id}.");
        connections.Abort(id);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateAsync(NewViewer request, ClaimsPrincipal user, ViewerAccounts viewers)
    {
        var name = request.UserName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) return Refusal("userName", "a user name of 1 to 100 characters is required");
        if (request.Password is not { Length: >= 12 and <= 200 }) return Refusal("password", "a password of 12 to 200 characters is required");
        var scopes = request.Scopes?.Select(s => s.Trim()).Distinct().ToArray() ?? [];
        if (scopes.Length is 0 or > MaxScopes) return Refusal("scopes", $"give 1 to {MaxScopes} scopes: region:<id> or court:<id>");
        var regions = IdsOf(scopes, "region:");
        var courts = IdsOf(scopes, "court:");
        var malformed = scopes.Select((scope, i) => (scope, i))
            .FirstOrDefault(s => !(IdsOf([s.scope], "region:").Length + IdsOf([s.scope], "court:").Length == 1));
        if (malformed.scope is not null)
            return Refusal($"scopes[{malformed.i}]", $"'{Shown(malformed.scope)}' is not region:<id> or court:<id>");
        if (await viewers.UnknownScopesAsync(regions, courts) is { Length: > 0 } unknown)
            return Refusal("scopes", $"there is no {string.Join(", ", unknown)}");
        var id = await viewers.CreateAsync(name, request.Password, regions, courts, user.Identity!.Name!);
        if (id is null) return Refusal("userName", $"there is already an account named '{name}'");
        return TypedResults.Created($"/api/admin/viewers/{id}", (await viewers.ListAsync()).Single(v => v.Id == id));
    }

    private static int[] IdsOf(IEnumerable<string> scopes, string prefix) =>
        scopes.Where(s => s.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => int.TryParse(s[prefix.Length..], System.Globalization.NumberStyles.None, null, out var id) && id is > 0 and <= 1_000_000 ? id : 0)
            .Where(id => id > 0).Distinct().ToArray();

    private static string Shown(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static IResult Refusal(string field, string message) =>
        ProblemAnswers.FieldRefused("Viewer account not created", field, message);
}
