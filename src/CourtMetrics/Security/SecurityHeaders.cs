using Microsoft.Extensions.Options;

namespace CourtMetrics.Security;

/// <summary>
/// The headers every response carries: no inline scripts, no framing, no sniffing, no full referrers. The public
/// showcase pages alone may be framed by the sites listed in Security:FrameAncestors; administration never.
/// </summary>
public static class SecurityHeaders
{
    // Scripts only from our own files (the pages have no inline scripts or on* attributes: keep it so).
    // style-src needs 'unsafe-inline': ECharts and the pages' scripts set inline style attributes on the elements they draw.
    // img-src data:/blob: for chart downloads and ECharts' exported images; connect-src 'self' covers SignalR's WebSocket.
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";

    public const string NoFraming = "frame-ancestors 'none'";
    public const string ContentSecurityPolicy = Policy + NoFraming;

    // Hangfire's dashboard (administrators only) writes inline scripts of its own: it keeps only the framing rule.
    private const string JobsDashboardPolicy = NoFraming;

    // The API reference (Scalar, Site/ApiReference) starts itself with an inline module script: on its path alone scripts
    // may be inline; everything else, the connections and images included, stays 'self' (its assets come from the package).
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " + NoFraming;

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var ancestors = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.FrameAncestors;
        var embeddable = ancestors.Length > 0;
        var showcasePolicy = embeddable ? Policy + "frame-ancestors " + string.Join(' ', ancestors) : ContentSecurityPolicy;
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            var administration = path.StartsWithSegments("/admin");
            headers.ContentSecurityPolicy = path.StartsWithSegments("/admin/jobs") ? JobsDashboardPolicy
                : path.StartsWithSegments(Site.ApiReference.Path) ? ApiReferencePolicy
                : administration ? ContentSecurityPolicy : showcasePolicy;
            // X-Frame-Options cannot name sites (ALLOW-FROM is gone from browsers): where some may frame, it is left
            // out and frame-ancestors alone decides; elsewhere DENY, for browsers that know only this header.
            if (administration || !embeddable || path.StartsWithSegments(Site.ApiReference.Path)) headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
    }
}
