using CourtMetrics.Site;

namespace CourtMetrics.Security;

/// <summary>
/// Antiforgery for everything a signed-in browser can change: a request that changes something (POST, PUT,
/// PATCH, DELETE) and that the browser says another site started (Sec-Fetch-Site other than same-origin or none)
/// is refused with 403 before it reaches the app. The session cookie's SameSite=Strict already keeps it out of such
/// requests; this holds even where a browser would send it. Browsers set the header themselves and pages cannot
/// forge it, and it needs no token in every form. Requests without it (programs, the ingestion API with its keys)
/// carry no browser's cookie and pass on to their own checks.
/// </summary>
public static class CrossSiteRequests
{
    private static readonly string[] SameSite = ["same-origin", "none"];

    public static void UseCrossSiteRequestRefusal(this WebApplication app) => app.Use(async (context, next) =>
    {
        var site = context.Request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length == 0 || SameSite.Contains(site) || !ChangesSomething(context.Request.Method))
        {
            await next(context);
            return;
        }
        await ProblemAnswers.WriteAsync(context, StatusCodes.Status403Forbidden, "Cross-site request refused",
            $"A {context.Request.Method} started by another site ({site}) may not change anything here.");
    });

    private static bool ChangesSomething(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
