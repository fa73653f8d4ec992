using System.Globalization;

namespace CourtMetrics.Site;

/// <summary>
/// A refusal the pipeline writes itself (middleware, exception and authentication handlers, rate limits) as
/// ProblemDetails: the status, Retry-After where the client should come back, and the same body shape the
/// endpoints answer with.
/// </summary>
public static class ProblemAnswers
{
    public static ValueTask<bool> WriteAsync(HttpContext http, int status, string title, string detail, int? retryAfterSeconds = null)
    {
        http.Response.StatusCode = status;
        if (retryAfterSeconds is { } wait) http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
