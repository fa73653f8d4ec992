using CourtMetrics.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace CourtMetrics.Accounts;

public static class AccountsSetup
{
    public static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection("Accounts")).ValidateDataAnnotations().ValidateOnStart();
        var session = TimeSpan.FromMinutes((configuration.GetSection("Accounts").Get<AccountsOptions>() ?? new()).SessionMinutes);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "courtmetrics.admin";
                cookie.Cookie.HttpOnly = true;
                // Never sent on requests other sites start; with Security/CrossSiteRequests and changes taking JSON, no antiforgery tokens are needed (README, Security).
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = session;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = Administrators.SignInPage;
                cookie.AccessDeniedPath = Administrators.SignInPage;
                // Programs and scripts get a status code; only pages are sent to the sign-in page.
                cookie.Events.OnRedirectToLogin = context => AnswerOrRedirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => AnswerOrRedirect(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = EndRevokedSessionAsync;
            })
            .AddOpenIdSignIn(services, configuration);
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrators.Policy, policy => policy.RequireAuthenticatedUser().RequireRole(Administrators.Role));
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<ViewerAccounts>();
        services.AddSingleton<ScopeAccess>();
    }

    /// <summary>Authentication, and the administrators' pages under /admin closed to everyone else (the sign-in page aside).</summary>
    public static void UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePublicShowcaseGate();
        app.UseWhen(IsAdministrationPage, branch => branch.Use(async (context, next) =>
        {
            var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
            if ((await authorization.AuthorizeAsync(context.User, Administrators.Policy)).Succeeded) await next(context);
            else if (context.User.Identity?.IsAuthenticated == true) await context.ForbidAsync();
            else await context.ChallengeAsync();
        }));
    }

    public static void MapAccounts(this WebApplication app)
    {
        app.MapAccountEndpoints();
        app.MapViewers();
    }

    /// <summary>A viewer account revoked since it signed in: its session ends at its next request.</summary>
    private static async Task EndRevokedSessionAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user || !user.IsInRole(Viewers.Role) || AccountPrincipal.LocalId(user) is not { } id) return;
        if (await context.HttpContext.RequestServices.GetRequiredService<ViewerAccounts>().IsActiveAsync(id, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    // The sign-in page and what it loads are open (its masthead with the language switch, and the administrators'
    // texts: words only); the jobs dashboard's endpoint requires the policy itself.
    private static readonly string[] OpenAdministrationFiles =
        [Administrators.SignInPage, "/admin/sign-in.js", "/admin/admin.css", "/admin/admin.js", "/admin/text.js", "/admin/strings.json"];

    private static bool IsAdministrationPage(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/admin") && !OpenAdministrationFiles.Contains(context.Request.Path.Value)
        && !context.Request.Path.StartsWithSegments("/admin/jobs");

    private static Task AnswerOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi") || context.Request.Method != HttpMethods.Get)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
