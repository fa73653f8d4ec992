using CourtMetrics.Database;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Live;

/// <summary>
/// A hub call that fails because the database is away tells the client so in words, rather than SignalR's generic
/// "unexpected error": the subscription is kept, and its numbers are pushed once the database is back.
/// </summary>
internal sealed class DatabaseOutageHubFilter : IHubFilter
{
    public const string Message = "The database is unavailable for the moment; the numbers follow when it is back.";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            throw new HubException(Message);
        }
    }
}
