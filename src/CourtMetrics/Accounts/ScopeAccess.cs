using CourtMetrics.Site;
using CourtMetrics.Scopes;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Accounts;

/// <summary>
/// Decides whether a user may see a scope, the one rule of every read API, chart, export and live subscription:
/// a region or court of their scopes, a court inside one of their regions, "courts:1,2" only if every court is
/// allowed, the nation only for users who see everything.
/// </summary>
public sealed class ScopeAccess(CourtRegions courts, IOptions<AccountsOptions> options)
{
    public const string Title = "Scope not allowed";

    public AllowedScopes Of(ClaimsPrincipal user) => AllowedScopes.Of(user, options.Value.PublicShowcase);

    /// <summary>Null when the user may see the scope (as a request gives it: empty is the nation), else why not.</summary>
    public async Task<string?> RefusalAsync(ClaimsPrincipal user, string? scope)
    {
        var allowed = Of(user);
        if (allowed.Everything) return null;
        if (await AllowsAsync(allowed, scope)) return null;
        var shown = string.IsNullOrEmpty(scope) ? "nation" : scope.Length > 60 ? scope[..60] + "…" : scope;
        var may = allowed.Names.ToList();
        return may.Count == 0
            ? $"Your account may not see {shown}: it has no scopes."
            : $"Your account may not see {shown}: it may see {string.Join(", ", may)} (and the courts inside its regions).";
    }

    private async Task<bool> AllowsAsync(AllowedScopes allowed, string? scope)
    {
        if (string.IsNullOrEmpty(scope) || scope == "nation") return false;
        var colon = scope.IndexOf(':');
        if (colon < 0) return false;
        var (kind, ids) = (scope[..colon], scope[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries));
        if (ids.Length == 0 || !ids.All(i => int.TryParse(i, out _))) return false;
        var numbers = ids.Select(int.Parse).ToList();
        switch (kind)
        {
            case "region" when numbers.Count == 1:
                return allowed.RegionIds.Contains(numbers[0]);
            case "court" when numbers.Count == 1:
            case "courts":
                foreach (var court in numbers)
                    if (!allowed.CourtIds.Contains(court) && !(await courts.RegionOfAsync(court) is { } region && allowed.RegionIds.Contains(region)))
                        return false;
                return true;
            default:
                return false;
        }
    }
}

/// <summary>The scope check as an endpoint filter: a scope the user may not see is a 403 ProblemDetails naming it.</summary>
public static class ScopeAccessFilter
{
    /// <summary>Checks the scope <paramref name="scopeOf"/> reads from the request (null or empty: the nation).</summary>
    public static TBuilder RequireScopeAccess<TBuilder>(this TBuilder builder, Func<HttpContext, string?> scopeOf)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var refusal = await http.RequestServices.GetRequiredService<ScopeAccess>().RefusalAsync(http.User, scopeOf(http));
            return refusal is null ? await next(context) : Forbidden(refusal);
        });

    /// <summary>The usual case: the request's "scope" parameter.</summary>
    public static TBuilder RequireScopeAccess<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireScopeAccess(http => http.Request.Query["scope"].FirstOrDefault());

    /// <summary>A ranking's "region" parameter: a region, or the nation without one.</summary>
    public static TBuilder RequireRegionAccess<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireScopeAccess(http => http.Request.Query["region"].FirstOrDefault() is { Length: > 0 } region ? $"region:{region}" : "nation");

    public static IResult Forbidden(string refusal) =>
        ProblemAnswers.Refused(StatusCodes.Status403Forbidden, ScopeAccess.Title, refusal);
}
