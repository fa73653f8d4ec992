using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CourtMetrics.Security;

/// <summary>A fixed window per client IP address, refused with a 429 ProblemDetails saying when to try again.</summary>
public sealed class ClientRateLimit(string title, int permits, int windowSeconds) : IRateLimiterPolicy<string>
{
    public const string SignIn = "sign-in";
    public const string Charts = "charts";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromSeconds(windowSeconds), QueueLimit = 0 });

    // The policy's own answer replaces the limiter's general one (the ingestion API's "Too many batches").
    public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected => (rejected, _) => TooManyRequests.AnswerAsync(rejected,
        windowSeconds, title, wait => $"At most {permits:N0} requests per {windowSeconds:N0} s from one address: try again in {wait:N0} s.");
}
