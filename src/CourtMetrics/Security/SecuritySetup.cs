using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Security;

/// <summary>Forwarded headers from known proxies (ForwardedRequests), security headers, HSTS, cross-site changes refused, the global request body cap and the rate limits (RateLimits).</summary>
public static class SecuritySetup
{
    public static void AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection("Security")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SecurityOptions>>((kestrel, options) =>
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes);
        services.AddRateLimits();
        services.AddForwardedRequests(configuration);
    }

    /// <summary>First in the pipeline, so even error answers carry the headers (after the proxy's forwarded scheme and address).</summary>
    public static void UseSecurity(this WebApplication app)
    {
        app.UseForwardedRequests();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseCrossSiteRequestRefusal();
    }
}
