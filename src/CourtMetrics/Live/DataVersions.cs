using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Live;

/// <summary>The newest data version and when it was computed: what "data as of" shows.</summary>
public sealed class DataVersions(NpgsqlDataSource dataSource, SqlFiles sql)
{
    private sealed record Row(long Version, DateTime ComputedAt);

    public async Task<(long Version, DateTimeOffset? AsOf)> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            new CommandDefinition(sql["case-flow/latest-version"], cancellationToken: cancellationToken));
        return row is null ? (0, null) : (row.Version, new DateTimeOffset(row.ComputedAt, TimeSpan.Zero));
    }
}
