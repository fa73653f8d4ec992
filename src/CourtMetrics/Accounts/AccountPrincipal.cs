using CourtMetrics.Security;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CourtMetrics.Accounts;

/// <summary>
/// What a session cookie says about its account: id, name, role (administrator or viewer), how it signed in, and for a
/// viewer its scopes ("region:&lt;id&gt;", "court:&lt;id&gt;"). Local password accounts and identity-provider users alike.
/// </summary>
public static class AccountPrincipal
{
    public const string ScopeClaim = "courtmetrics:scope";
    public const string SourceClaim = "courtmetrics:source";
    public const string Password = "password";
    public const string OpenIdConnect = "openid-connect";

    public static ClaimsPrincipal Create(string id, string userName, string role, IEnumerable<string> scopes, string source) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, id),
            new Claim(ClaimTypes.Name, userName),
            new Claim(ClaimTypes.Role, role),
            new Claim(SourceClaim, source),
            .. role == Viewers.Role ? scopes.Select(scope => new Claim(ScopeClaim, scope)) : [],
        ], CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>A local account (administrator or viewer) signed in with its password.</summary>
    public static ClaimsPrincipal Local(SignInOutcome.Accepted account) => Create(
        account.Id.ToString(CultureInfo.InvariantCulture), account.UserName, account.Role,
        account.RegionIds.Select(r => $"region:{r}").Concat(account.CourtIds.Select(c => $"court:{c}")), Password);

    /// <summary>The local account's id, or null for a user of the identity provider (or nobody).</summary>
    public static int? LocalId(ClaimsPrincipal user) =>
        user.FindFirst(SourceClaim)?.Value == Password && int.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id)
            ? id : null;
}
