using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using CourtMetrics.Audit;
using CourtMetrics.Security;
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
                // Never sent on requests other sites start: with changes taking JSON, this stands in for antiforgery tokens (README, Security).
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = session;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = Administrators.SignInPage;
                cookie.AccessDeniedPath = Administrators.SignInPage;
                // Programs and scripts get a status code; only pages are sent to the sign-in page.
                cookie.Events.OnRedirectToLogin = context => AnswerOrRedirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => AnswerOrRedirect(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrators.Policy, policy => policy.RequireAuthenticatedUser().RequireRole(Administrators.Role));
        services.AddSingleton<AdministratorSignIn>();
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
        var api = app.MapGroup("/api/account").WithTags("Administrator accounts");
        api.MapPost("/sign-in", SignInAsync)
            .RequireRateLimiting(ClientRateLimit.SignIn)
            .WithName("SignIn")
            .WithSummary("Signs an administrator in: sets the session cookie. Repeated failures lock the account for a while.")
            .Accepts<SignInRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/sign-out", () => Results.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]))
            .WithName("SignOut").WithSummary("Ends the administrator's session.");
        api.MapGet("", (ClaimsPrincipal user) => Results.Ok(new { userName = user.Identity!.Name, roles = new[] { Administrators.Role } }))
            .RequireAuthorization(Administrators.Policy)
            .WithName("GetAccount").WithSummary("The signed-in administrator.");
    }

    public sealed record SignInRequest(string? UserName, string? Password);

    private static async Task<IResult> SignInAsync(SignInRequest request, AdministratorSignIn signIn, AuditLog audit, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 100)
            return Refusal("userName is required (at most 100 characters).", StatusCodes.Status400BadRequest);
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 200)
            return Refusal("password is required (at most 200 characters).", StatusCodes.Status400BadRequest);
        var outcome = await signIn.CheckAsync(request.UserName.Trim(), request.Password, cancellationToken);
        await audit.RecordAsync(request.UserName.Trim(), outcome switch
        {
            SignInOutcome.Accepted => "sign-in",
            SignInOutcome.Locked => "sign-in refused: locked",
            _ => "sign-in refused: wrong user name or password",
        }, "", http, cancellationToken);
        return outcome switch
        {
            SignInOutcome.Accepted a => Results.SignIn(Administrators.Principal(a.Id, a.UserName),
                new AuthenticationProperties { IsPersistent = false }, CookieAuthenticationDefaults.AuthenticationScheme),
            SignInOutcome.Locked l => Refusal($"Too many failed sign-ins: this account is locked until {l.Until:yyyy-MM-dd HH:mm} UTC."),
            _ => Refusal("The user name or the password is wrong."),
        };
    }

    private static IResult Refusal(string detail, int status = StatusCodes.Status401Unauthorized) =>
        Results.Problem(detail, statusCode: status, title: "Sign-in refused");

    // The sign-in page and what it loads are open; the jobs dashboard's endpoint requires the policy itself.
    private static readonly string[] OpenAdministrationFiles = [Administrators.SignInPage, "/admin/sign-in.js", "/admin/admin.css"];

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
