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

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var ancestors = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.FrameAncestors;
        var embeddable = ancestors.Length > 0;
        var showcasePolicy = embeddable ? Policy + "frame-ancestors " + string.Join(' ', ancestors) : ContentSecurityPolicy;
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var administration = context.Request.Path.StartsWithSegments("/admin");
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/admin/jobs") ? JobsDashboardPolicy
                : administration ? ContentSecurityPolicy : showcasePolicy;
            // X-Frame-Options cannot name sites (ALLOW-FROM is gone from browsers): where some may frame, it is left
            // out and frame-ancestors alone decides; elsewhere DENY, for browsers that know only this header.
            if (administration || !embeddable) headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
    }
}
