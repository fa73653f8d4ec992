using CourtMetrics.Site;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace CourtMetrics.Database;

/// <summary>
/// Whether a failure means "PostgreSQL is unreachable for now" (stopped, restarting, crashed, network), as opposed
/// to a fault of the request or of the code. Callers that can wait retry; requests answer 503.
/// </summary>
public static class DatabaseOutage
{
    public static bool Is(Exception e) => e switch
    {
        NpgsqlException { IsTransient: true } or SocketException or TimeoutException => true,
        // A server shutting down (57P01, 57P02) or not yet accepting connections (57P03), or a lost connection (08xxx).
        PostgresException p => p.SqlState is "57P01" or "57P02" or "57P03" or "08006" or "08001" or "08003",
        // Hangfire and the hosting layers wrap what the driver threw.
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}

/// <summary>
/// A request that failed because the database is down answers 503 with Retry-After as ProblemDetails, so a client
/// knows to send it again (the ingestion API is idempotent), instead of a 500 that reads like a bug.
/// </summary>
internal sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.Is(exception) || context.Response.HasStarted) return false;
        logger.LogWarning("{Method} {Path}: the database is unavailable ({Reason})",
            context.Request.Method, context.Request.Path.Value, exception.Message);
        return await ProblemAnswers.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Database unavailable",
            $"The database is unavailable for the moment (it may be restarting). Send the request again in "
            + $"{RetryAfterSeconds} s; an ingestion batch sent again is never counted twice.", RetryAfterSeconds);
    }
}
