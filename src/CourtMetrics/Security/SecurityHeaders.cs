namespace CourtMetrics.Security;

/// <summary>The headers every response carries: no inline scripts, no framing, no sniffing, no full referrers.</summary>
public static class SecurityHeaders
{
    // Scripts only from our own files (the pages have no inline scripts or on* attributes: keep it so).
    // style-src needs 'unsafe-inline': ECharts and the pages' scripts set inline style attributes on the elements they draw.
    // img-src data:/blob: for chart downloads and ECharts' exported images; connect-src 'self' covers SignalR's WebSocket.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Hangfire's dashboard (administrators only) writes inline scripts of its own: it keeps only the framing rule.
    private const string JobsDashboardPolicy = "frame-ancestors 'none'";

    // The API reference (Scalar, Site/ApiReference) starts itself with an inline module script: on its path alone scripts
    // may be inline; everything else, the connections and images included, stays 'self' (its assets come from the package).
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.ContentSecurityPolicy = path.StartsWithSegments("/admin/jobs") ? JobsDashboardPolicy
            : path.StartsWithSegments(Site.ApiReference.Path) ? ApiReferencePolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    });
}
