using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Site;

/// <summary>
/// Every refusal as ProblemDetails, in one place: an endpoint's (a bad request, something that does not exist, a
/// request too large or too many), one bad field of a request, and those the pipeline writes itself (middleware,
/// exception and authentication handlers, rate limits) with Retry-After where the client should come back.
/// </summary>
public static class ProblemAnswers
{
    /// <summary>An endpoint's refusal: its status, a title naming what was refused, and a detail saying why.</summary>
    public static ProblemHttpResult Refused(int status, string? title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    /// <summary>A 400: the request itself is wrong, and the detail names the parameter and its value.</summary>
    public static ProblemHttpResult BadRequest(string title, string detail) => Refused(StatusCodes.Status400BadRequest, title, detail);

    /// <summary>A 404: what the request names does not exist ("There is no court:999.").</summary>
    public static ProblemHttpResult NotFound(string detail, string? title = null) => Refused(StatusCodes.Status404NotFound, title, detail);

    /// <summary>A 400 ValidationProblemDetails naming the one field refused and why.</summary>
    public static ValidationProblem FieldRefused(string title, string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

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
