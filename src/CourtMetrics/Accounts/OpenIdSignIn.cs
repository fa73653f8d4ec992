using CourtMetrics.Security;
using System.Security.Claims;
using CourtMetrics.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Accounts;

/// <summary>
/// The OpenID Connect sign-in: authorization code with PKCE, the id_token checked against the provider's keys, then
/// the user mapped to the product's session (name, administrator or viewer, scopes) and the sign-in audited.
/// </summary>
public static class OpenIdSignIn
{
    public const string CallbackPath = "/api/account/openid-connect/callback";

    public static void AddOpenIdSignIn(this AuthenticationBuilder authentication, IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenIdConnectSettings>().Bind(configuration.GetSection(OpenIdConnectSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdConnectSettings>, OpenIdConnectSettingsValidation>();
        var settings = configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>() ?? new();
        if (!settings.Enabled) return;
        authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, settings.DisplayName, oidc =>
        {
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            // Start-up validation allows http only in Development.
            oidc.RequireHttpsMetadata = settings.Authority!.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.CallbackPath = CallbackPath;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            // The answer comes back as a top-level GET: the correlation and nonce cookies can then be SameSite=Lax.
            oidc.ResponseMode = "query";
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            foreach (var scope in settings.RequestScopes) oidc.Scope.Add(scope);
            oidc.Events.OnTokenValidated = MapUserAsync;
            oidc.Events.OnRemoteFailure = RefuseAsync;
        });
    }

    /// <summary>The provider's user as the product's session; audited.</summary>
    private static async Task MapUserAsync(TokenValidatedContext context)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<IOptions<OpenIdConnectSettings>>().Value;
        var claims = context.Principal!;
        var subject = claims.FindFirst("sub")?.Value ?? "";
        var name = Claim(claims, settings.NameClaim) ?? Claim(claims, "preferred_username") ?? (subject.Length > 100 ? subject[..100] : subject);
        var administrator = claims.FindAll(settings.RoleClaim).SelectMany(c => Values(c.Value)).Contains(settings.AdministratorRole);
        var named = claims.FindAll(settings.ScopesClaim).SelectMany(c => Values(c.Value)).Distinct().Take(ViewerEndpoints.MaxScopes).ToArray();
        var scopes = administrator ? [] : await context.HttpContext.RequestServices.GetRequiredService<ViewerAccounts>()
            .ResolveScopesAsync(named, context.HttpContext.RequestAborted);
        var role = administrator ? Administrators.Role : Viewers.Role;
        context.Principal = AccountPrincipal.Create(subject, name, role, scopes, AccountPrincipal.OpenIdConnect);
        await context.HttpContext.RequestServices.GetRequiredService<AuditLog>().RecordAsync(name, "sign-in (OpenID Connect)",
            Truncated($"{role}; subject {subject}; scopes {(administrator ? "all" : string.Join(", ", scopes))}"), context.HttpContext);
    }

    /// <summary>A refused answer (a bad signature, an error from the provider): audited, and back to the sign-in page saying so.</summary>
    private static async Task RefuseAsync(RemoteFailureContext context)
    {
        await context.HttpContext.RequestServices.GetRequiredService<AuditLog>().RecordAsync("(OpenID Connect)",
            "sign-in refused: OpenID Connect", Truncated(context.Failure?.Message ?? "no reason given"), context.HttpContext);
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenIdSignIn))
            .LogWarning(context.Failure, "OpenID Connect sign-in refused");
        context.Response.Redirect($"{Administrators.SignInPage}?error=openid-connect");
        context.HandleResponse();
    }

    private static string? Claim(ClaimsPrincipal claims, string type) => claims.FindFirst(type)?.Value is { Length: > 0 and <= 100 } value ? value : null;

    private static IEnumerable<string> Values(string value) => value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Truncated(string text) => text.Length > 500 ? text[..499] + "…" : text;
}
