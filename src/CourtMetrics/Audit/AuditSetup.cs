using CourtMetrics.Security;

namespace CourtMetrics.Audit;

/// <summary>
/// Every change an administrator makes through the API (a POST, PUT or DELETE that succeeded: targets, annotations,
/// playlists, API keys, imports) is written to the audit log with its route, so a new administrative endpoint is
/// audited without further work. Sign-ins are written by the sign-in endpoint, which knows the name tried.
/// </summary>
public static class AuditSetup
{
    public static void AddAudit(this IServiceCollection services) => services.AddSingleton<AuditLog>();

    /// <summary>After UseAccounts: the administrator is known.</summary>
    public static void UseAudit(this WebApplication app) => app.Use(async (context, next) =>
    {
        await next(context);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return;
        if (context.Response.StatusCode >= 400 || !context.User.IsInRole(Administrators.Role)) return;
        if (context.GetEndpoint() is not RouteEndpoint endpoint || context.Request.Path.StartsWithSegments("/api/account")) return;
        await context.RequestServices.GetRequiredService<AuditLog>().RecordAsync(context.User.Identity!.Name!,
            $"{method} {Route(endpoint)}", context.Request.Path + context.Request.QueryString, context);
    });

    // A group's "" route ends in a slash: /api/annotations/ is /api/annotations.
    public static string Route(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText is { Length: > 1 } raw ? raw.TrimEnd('/') : "/";
}
