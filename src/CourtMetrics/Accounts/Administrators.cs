using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CourtMetrics.Accounts;

/// <summary>Who may administer: the role every administrative path requires.</summary>
public static class Administrators
{
    public const string Policy = "administrators";
    public const string Role = "administrator";
    public const string SignInPage = "/admin/sign-in.html";

    public static ClaimsPrincipal Principal(int id, string userName) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, userName),
        new Claim(ClaimTypes.Role, Role),
    ], CookieAuthenticationDefaults.AuthenticationScheme));
}
