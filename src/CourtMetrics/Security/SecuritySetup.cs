using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Security;

/// <summary>Security headers, HSTS, cross-site changes refused, the global request body cap and the per-address rate limits of sign-in and charts.</summary>
public static class SecuritySetup
{
    public static void AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection("Security")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SecurityOptions>>((kestrel, options) =>
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limiter, options) =>
        {
            limiter.AddPolicy(ClientRateLimit.SignIn, new ClientRateLimit("Too many sign-in attempts",
                options.Value.SignInsPerWindow, options.Value.SignInWindowSeconds));
            limiter.AddPolicy(ClientRateLimit.Charts, new ClientRateLimit("Too many chart requests",
                options.Value.ChartsPerWindow, options.Value.ChartsWindowSeconds));
        });
    }

    /// <summary>First in the pipeline, so even error answers carry the headers.</summary>
    public static void UseSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseCrossSiteRequestRefusal();
    }
}
