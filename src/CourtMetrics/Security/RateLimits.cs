using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Security;

/// <summary>
/// Every rate limit of the product, each a named policy on its endpoints (RequireRateLimiting(RateLimits.…)), with
/// its numbers in the "Security" section. Switched on once, after authentication: a source system's limit counts
/// its API key, the others a client address.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Charts = "charts";
    public const string IngestBatches = "ingest-batches";

    public static void AddRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limiter, options) =>
        {
            var o = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, new FixedWindowLimit("Too many sign-in attempts", o.SignInsPerWindow, o.SignInWindowSeconds,
                ClientAddress, (permits, window, wait) => $"At most {permits:N0} requests per {window:N0} s from one address: try again in {wait:N0} s."));
            limiter.AddPolicy(Charts, new FixedWindowLimit("Too many chart requests", o.ChartsPerWindow, o.ChartsWindowSeconds,
                ClientAddress, (permits, window, wait) => $"At most {permits:N0} requests per {window:N0} s from one address: try again in {wait:N0} s."));
            limiter.AddPolicy(IngestBatches, new FixedWindowLimit("Too many batches", o.BatchesPerWindow, o.BatchesWindowSeconds,
                http => http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                (permits, window, wait) => $"This API key may send {permits:N0} batches per {window:N0} s: try again in {wait:N0} s."));
        });
    }

    /// <summary>After UseAccounts (authentication and authorization): the limits see the authenticated key.</summary>
    public static void UseRateLimits(this WebApplication app) => app.UseRateLimiter();

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "";

    /// <summary>A fixed window per partition, refused with a 429 ProblemDetails saying when to try again.</summary>
    private sealed class FixedWindowLimit(string title, int permits, int windowSeconds, Func<HttpContext, string> partition,
        Func<int, int, int, string> detail) : IRateLimiterPolicy<string>
    {
        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetFixedWindowLimiter(partition(httpContext),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromSeconds(windowSeconds), QueueLimit = 0 });

        public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected => (rejected, _) =>
            TooManyRequests.AnswerAsync(rejected, windowSeconds, title, wait => detail(permits, windowSeconds, wait));
    }
}
