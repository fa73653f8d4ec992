using CourtMetrics.Site;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CourtMetrics.Security;

/// <summary>A rate limit's refusal: 429 ProblemDetails with Retry-After, and the detail saying when to try again.</summary>
public static class TooManyRequests
{
    public static async ValueTask AnswerAsync(OnRejectedContext rejected, int windowSeconds, string title, Func<int, string> detail)
    {
        var http = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds) : windowSeconds;
        await ProblemAnswers.WriteAsync(http, StatusCodes.Status429TooManyRequests, title, detail(wait), wait);
    }
}
