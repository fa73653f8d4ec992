using System.Collections.Concurrent;
using System.Diagnostics;
using CourtMetrics.Jobs;
using Dapper;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The marked event being timed: the first push to each client of a data version after the one read when it was
/// written. Written under the aggregation's advisory lock, so no claim is in flight: every data version after the
/// one read then was computed after the write and includes it.
/// </summary>
public sealed class MarkedEvent
{
    private long _before = long.MaxValue;
    public ConcurrentDictionary<int, double> Arrivals { get; } = new();
    public void Start(long before) { Arrivals.Clear(); Volatile.Write(ref _before, before); }
    public void Stop() => Volatile.Write(ref _before, long.MaxValue);
    public void Received(int client, long version, double ms)
    {
        if (version > Volatile.Read(ref _before)) Arrivals.TryAdd(client, ms);
    }

    /// <summary>
    /// Holds the aggregation lock while <paramref name="write"/> runs and has committed (its own transaction, or an
    /// HTTP call the product commits before answering); returns the clock's time once the write is done.
    /// </summary>
    public async Task<double> WriteAsync(NpgsqlDataSource db, Stopwatch clock, Func<NpgsqlConnection, NpgsqlTransaction, Task> write)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@LockKey)", new { Aggregator.LockKey }, transaction);
        Start(await connection.ExecuteScalarAsync<long>("SELECT coalesce(max(version), 0) FROM data_versions", transaction: transaction));
        await write(connection, transaction);
        var done = clock.Elapsed.TotalMilliseconds;
        await transaction.CommitAsync();
        return done;
    }
}
