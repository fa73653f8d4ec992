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

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(int id, ViewerAccounts viewers, AccountConnections connections, HttpContext http)
    {
        if (!await viewers.RevokeAsync(id)) return ProblemAnswers.NotFound(Messages.Say(http, "noViewer", id));
        connections.Abort(id);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateAsync(NewViewer request, ClaimsPrincipal user, ViewerAccounts viewers, HttpContext http)
    {
        var name = request.UserName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) return Refusal(http, "userName", "viewerUserName");
        if (request.Password is not { Length: >= 12 and <= 200 }) return Refusal(http, "password", "viewerPassword");
        var scopes = request.Scopes?.Select(s => s.Trim()).Distinct().ToArray() ?? [];
        if (scopes.Length is 0 or > MaxScopes) return Refusal(http, "scopes", "viewerScopeCount", MaxScopes);
        var regions = IdsOf(scopes, "region:");
        var courts = IdsOf(scopes, "court:");
        var malformed = scopes.Select((scope, i) => (scope, i))
            .FirstOrDefault(s => !(IdsOf([s.scope], "region:").Length + IdsOf([s.scope], "court:").Length == 1));
        if (malformed.scope is not null)
            return Refusal(http, $"scopes[{malformed.i}]", "viewerScopeMalformed", Shown(malformed.scope));
        if (await viewers.UnknownScopesAsync(regions, courts) is { Length: > 0 } unknown)
            return Refusal(http, "scopes", "viewerScopeUnknown", string.Join(", ", unknown));
        var id = await viewers.CreateAsync(name, request.Password, regions, courts, user.Identity!.Name!);
        if (id is null) return Refusal(http, "userName", "viewerNameTaken", name);
        return TypedResults.Created($"/api/admin/viewers/{id}", (await viewers.ListAsync()).Single(v => v.Id == id));
    }

    private static int[] IdsOf(IEnumerable<string> scopes, string prefix) =>
        scopes.Where(s => s.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => int.TryParse(s[prefix.Length..], System.Globalization.NumberStyles.None, null, out var id) && id is > 0 and <= 1_000_000 ? id : 0)
            .Where(id => id > 0).Distinct().ToArray();

    private static string Shown(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static IResult Refusal(HttpContext http, string field, string key, params object?[] args) =>
        ProblemAnswers.FieldRefused("Viewer account not created", field, Messages.Say(http, key, args));
}
