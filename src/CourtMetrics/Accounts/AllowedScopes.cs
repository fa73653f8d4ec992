using CourtMetrics.Security;
using System.Security.Claims;

namespace CourtMetrics.Accounts;

/// <summary>
/// The parts of the court system a user may see: everything (administrators, and anyone in the public showcase), or
/// some regions and courts (a viewer), or nothing.
/// </summary>
public sealed record AllowedScopes(bool Everything, IReadOnlySet<int> RegionIds, IReadOnlySet<int> CourtIds)
{
    public static readonly AllowedScopes All = new(true, new HashSet<int>(), new HashSet<int>());
    public static readonly AllowedScopes None = new(false, new HashSet<int>(), new HashSet<int>());

    /// <summary>
    /// A signed-in user's from their session: an administrator everything, anyone else the scopes of their claims. An
    /// anonymous user's from the showcase switch (with it off, the gate has sent them away already).
    /// </summary>
    public static AllowedScopes Of(ClaimsPrincipal user, bool publicShowcase)
    {
        if (user.Identity?.IsAuthenticated != true) return publicShowcase ? All : None;
        if (user.IsInRole(Administrators.Role)) return All;
        var scopes = user.FindAll(AccountPrincipal.ScopeClaim).Select(c => c.Value).ToList();
        return new AllowedScopes(false, IdsOf(scopes, "region:"), IdsOf(scopes, "court:"));
    }

    /// <summary>Its scopes as text, for messages and the page ("region:1", "court:12").</summary>
    public IEnumerable<string> Names => RegionIds.Order().Select(r => $"region:{r}").Concat(CourtIds.Order().Select(c => $"court:{c}"));

    private static HashSet<int> IdsOf(IEnumerable<string> scopes, string prefix) =>
        scopes.Where(s => s.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => int.TryParse(s[prefix.Length..], out var id) ? id : 0).Where(id => id > 0).ToHashSet();
}
