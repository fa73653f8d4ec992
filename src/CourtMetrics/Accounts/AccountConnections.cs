using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CourtMetrics.Accounts;

/// <summary>
/// The live connections of local accounts on this node, so revoking an account closes them at once rather than at
/// their next subscription. (Another node's connections are refused at their next subscription or reconnect.)
/// </summary>
public sealed class AccountConnections
{
    private readonly ConcurrentDictionary<string, (int AccountId, HubCallerContext Context)> _connections = new();

    public void Add(int accountId, HubCallerContext context) => _connections[context.ConnectionId] = (accountId, context);

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    public void Abort(int accountId)
    {
        foreach (var (_, connection) in _connections.Where(c => c.Value.AccountId == accountId)) connection.Context.Abort();
    }
}
