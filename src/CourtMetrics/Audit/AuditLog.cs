using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Audit;

public sealed record AuditEntry(long Id, DateTime At, string Administrator, string Action, string Detail, string? ClientAddress);

/// <summary>Writes and reads the administrators' audit log.</summary>
public sealed class AuditLog(NpgsqlDataSource db, SqlFiles sql, TimeProvider clock, ILogger<AuditLog> logger)
{
    public const int MaxPageSize = 200;

    public async Task RecordAsync(string administrator, string action, string detail, HttpContext? http, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql["audit/write"], new
        {
            At = clock.GetUtcNow().UtcDateTime,
            Administrator = string.IsNullOrWhiteSpace(administrator) ? "?" : administrator,
            Action = action,
            Detail = detail,
            ClientAddress = http?.Connection.RemoteIpAddress?.ToString(),
        }, cancellationToken: cancellationToken));
        logger.LogInformation("Audit: {Administrator} {Action} {Detail}", administrator, action, detail);
    }

    public async Task<(IReadOnlyList<AuditEntry> Entries, long Total)> PageAsync(int page, int size, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AuditRow>(new CommandDefinition(sql["audit/list"],
            new { Size = size, Offset = (page - 1) * size }, cancellationToken: cancellationToken))).ToList();
        return (rows.Select(r => new AuditEntry(r.Id, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.Administrator, r.Action, r.Detail, r.ClientAddress)).ToList(),
            rows.Count > 0 ? rows[0].Total : 0);
    }

    private sealed record AuditRow(long Id, DateTime At, string Administrator, string Action, string Detail, string? ClientAddress, long Total);
}
