using CourtMetrics.Observability;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Accounts;

/// <summary>
/// With Accounts:PublicShowcase false, the dashboards, their files, the read APIs and the live hub need a signed-in
/// account: pages are sent to the sign-in page, programs get 401. Left open: what signing in needs, the
/// administration paths (closed to anyone but administrators on their own), the ingestion API (its keys), health
/// and the metrics scrape (its allowed networks or token).
/// </summary>
public static class PublicShowcase
{
    private static readonly string[] OpenPrefixes = ["/admin", "/api/account", "/api/ingest", "/health", ObservabilityOptions.ScrapePath];
    private static readonly string[] OpenFiles = ["/favicon.svg", "/app.css"];

    public static void UsePublicShowcaseGate(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AccountsOptions>>().Value.PublicShowcase) return;
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true || IsOpen(context.Request.Path)) await next(context);
            else await context.ChallengeAsync();
        });
    }

    private static bool IsOpen(PathString path) =>
        OpenPrefixes.Any(prefix => path.StartsWithSegments(prefix)) || OpenFiles.Contains(path.Value);
}
