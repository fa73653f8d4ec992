using CourtMetrics.Site;
using System.Security.Claims;
using CourtMetrics.Audit;
using CourtMetrics.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Accounts;

/// <summary>/api/account: signing in (password or OpenID Connect) and out, the signed-in account, the scopes it may see.</summary>
public static class AccountEndpoints
{
    public sealed record SignInRequest(string? UserName, string? Password);

    public sealed record AccountScopes(bool Everything, IEnumerable<int> Regions, IEnumerable<int> Courts);

    public static void MapAccountEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/account").WithTags("Accounts");
        api.MapPost("/sign-in", SignInAsync)
            .RequireRateLimiting(RateLimits.SignIn)
            .WithName("SignIn")
            .WithSummary("Signs a local account (administrator or viewer) in: sets the session cookie. Repeated failures lock the account for a while.")
            .Accepts<SignInRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/sign-out", SignOut).WithName("SignOut").WithSummary("Ends the session.");
        api.MapGet("", GetAccount)
            .RequireAuthorization()
            .WithName("GetAccount").WithSummary("The signed-in account: name, role, how it signed in, and a viewer's scopes (null: everything).");
        api.MapGet("/scopes", GetScopes)
            .WithName("GetAccountScopes")
            .WithSummary("What the user may see, for the dashboard's scope picker: everything, or these regions and courts (a court inside an allowed region too).");
        api.MapGet("/sign-in-options", GetSignInOptions)
            .WithName("GetSignInOptions").WithSummary("How one may sign in besides a password: the OpenID Connect provider's name and address, or null.");
        api.MapGet("/openid-connect", SignInWithOpenIdConnect)
            .WithName("SignInWithOpenIdConnect")
            .WithSummary("Starts signing in at the OpenID Connect provider; back here, the session is set and the browser goes on to returnUrl (this site's).");
    }

    /// <summary>The signed-in account; Scopes is null for one that sees everything.</summary>
    public sealed record AccountSummary(string? UserName, IEnumerable<string> Roles, string? SignedInWith, IEnumerable<string>? Scopes);

    public sealed record SignInOption(string Name, string Url);

    /// <summary>Sign-in ways besides a password; OpenIdConnect is null when none is configured.</summary>
    public sealed record SignInOptions(SignInOption? OpenIdConnect);

    private static SignOutHttpResult SignOut() => TypedResults.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]);

    private static Ok<AccountSummary> GetAccount(ClaimsPrincipal user, ScopeAccess access) => TypedResults.Ok(new AccountSummary(
        user.Identity!.Name,
        user.FindAll(ClaimTypes.Role).Select(c => c.Value),
        user.FindFirst(AccountPrincipal.SourceClaim)?.Value,
        access.Of(user) is { Everything: false } allowed ? allowed.Names : null));

    private static Ok<AccountScopes> GetScopes(ClaimsPrincipal user, ScopeAccess access)
    {
        var allowed = access.Of(user);
        return TypedResults.Ok(new AccountScopes(allowed.Everything, allowed.RegionIds.Order(), allowed.CourtIds.Order()));
    }

    private static Ok<SignInOptions> GetSignInOptions(IOptions<OpenIdConnectSettings> settings) => TypedResults.Ok(new SignInOptions(
        settings.Value.Enabled ? new SignInOption(settings.Value.DisplayName, "/api/account/openid-connect") : null));

    private static Results<ChallengeHttpResult, ProblemHttpResult> SignInWithOpenIdConnect(string? returnUrl,
        IOptions<OpenIdConnectSettings> settings) => settings.Value.Enabled
        ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = AfterSignIn(returnUrl) }, [OpenIdConnectSettings.Scheme])
        : ProblemAnswers.NotFound("Signing in with OpenID Connect is not configured (Accounts:OpenIdConnect:Authority).",
            "Sign-in option not configured");

    // Back from the provider the browser first loads the (open) sign-in page, which goes on to returnUrl itself: a
    // navigation the site starts, so the SameSite=Strict session cookie is sent with it.
    private static string AfterSignIn(string? returnUrl)
    {
        var target = returnUrl is { Length: > 0 and <= 2000 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/";
        return $"{Administrators.SignInPage}?signed-in=1&ReturnUrl={Uri.EscapeDataString(target)}";
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, PasswordSignIn signIn, AuditLog audit, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 100)
            return Refusal(Messages.Say(http, "signInUserName"), StatusCodes.Status400BadRequest);
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 200)
            return Refusal(Messages.Say(http, "signInPassword"), StatusCodes.Status400BadRequest);
        var outcome = await signIn.CheckAsync(request.UserName.Trim(), request.Password, cancellationToken);
        await audit.RecordAsync(request.UserName.Trim(), outcome switch
        {
            SignInOutcome.Accepted => "sign-in",
            SignInOutcome.Locked => "sign-in refused: locked",
            _ => "sign-in refused: wrong user name or password",
        }, outcome is SignInOutcome.Accepted accepted ? accepted.Role : "", http, cancellationToken);
        return outcome switch
        {
            SignInOutcome.Accepted a => TypedResults.SignIn(AccountPrincipal.Local(a),
                new AuthenticationProperties { IsPersistent = false }, CookieAuthenticationDefaults.AuthenticationScheme),
            SignInOutcome.Locked l => Refusal(Messages.Say(http, "signInLocked", l.Until.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))),
            _ => Refusal(Messages.Say(http, "signInWrong")),
        };
    }

    private static IResult Refusal(string detail, int status = StatusCodes.Status401Unauthorized) =>
        ProblemAnswers.Refused(status, "Sign-in refused", detail);
}
