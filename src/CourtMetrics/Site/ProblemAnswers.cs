using System.Globalization;

namespace CourtMetrics.Site;

/// <summary>
/// Refusals as ProblemDetails: those the pipeline writes itself (middleware, exception and authentication
/// handlers, rate limits) with the status and Retry-After where the client should come back, and an endpoint's
/// 400 for one bad field of its request.
/// </summary>
public static class ProblemAnswers
{
    /// <summary>A 400 ValidationProblemDetails naming the one field refused and why.</summary>
    public static IResult FieldRefused(string title, string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

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
