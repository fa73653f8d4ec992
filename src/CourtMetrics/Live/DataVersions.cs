using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Live;

/// <summary>
/// The newest data version this node knows and when it was computed: what "data as of" shows. It flows one way — the
/// aggregation's NOTIFY carries it, and the change feed's reader (LiveBroadcaster) records it here as it empties the
/// caches; the database is asked only when the feed cannot say: at start, after a reconnect, and while the feed is not
/// listening (then nothing tells this node of a change, so it takes no number on trust: with the database away, the
/// read fails and the caller says so).
/// </summary>
public sealed class DataVersions(NpgsqlDataSource dataSource, SqlFiles sql, ChangeFeed feed)
{
    private sealed record Row(long Version, DateTime ComputedAt);

    private (long Version, DateTimeOffset? AsOf) _latest;
    private readonly Lock _lock = new();

    public async Task<(long Version, DateTimeOffset? AsOf)> LatestAsync(CancellationToken cancellationToken = default)
    {
        if (feed.IsListening) lock (_lock) if (_latest.Version > 0) return _latest;
        return await ReadAsync(cancellationToken);
    }

    /// <summary>After a round of changes: the newest version they carry, or the database's when one said "everything".</summary>
    public async Task ObserveAsync(IReadOnlyList<DataChange> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Any(c => c.Version == 0)) await ReadAsync(cancellationToken);
        else Keep(changes.MaxBy(c => c.Version)!.Version, changes.MaxBy(c => c.Version)!.AsOf);
    }

    /// <summary>Waits until this node has seen a version (a test, after running the aggregation itself).</summary>
    public async Task SeenAsync(long version, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_lock) if (_latest.Version >= version) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Data version {version} did not reach this node");
            await Task.Delay(20);
        }
    }

    private async Task<(long Version, DateTimeOffset? AsOf)> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            new CommandDefinition(sql["case-flow/latest-version"], cancellationToken: cancellationToken));
        return row is null ? (0, null) : Keep(row.Version, new DateTimeOffset(row.ComputedAt, TimeSpan.Zero));
    }

    private (long, DateTimeOffset?) Keep(long version, DateTimeOffset? asOf)
    {
        lock (_lock)
        {
            if (version > _latest.Version) _latest = (version, asOf);
            return _latest;
        }
    }
}
