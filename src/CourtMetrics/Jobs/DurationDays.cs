using CourtMetrics.Database;
using Dapper;
using Hangfire;
using Npgsql;

namespace CourtMetrics.Jobs;

/// <summary>
/// The duration-days job: computes the case-duration measures of the areas' days left pending by the aggregation
/// or a rebuild (migration 0037), a few days at a time, each chunk in its own transaction under the aggregation
/// lock, so that live aggregations wait for one chunk at most (about a tenth of a second at 10M cases, BENCHMARKS.md), never for
/// the whole backlog a rebuild leaves. Figures do not change, only how fast a daily grid is read: no data version.
/// </summary>
public sealed class DurationDays(NpgsqlDataSource dataSource, SqlFiles sql, ILogger<DurationDays> logger)
{
    /// <summary>Days per chunk: every area and category of each, from some thousands of cases per day.</summary>
    public const int DaysPerChunk = 2;

    /// <summary>
    /// A run's time: well inside the minute between runs, so a run never waits for the one before. Runs of a rebuild's
    /// whole backlog did, and two of them held both workers: the live aggregation waited, and at 6.4M cases 1,668
    /// pushes were missed (BENCHMARKS.md, "Many open dashboards"). The next run takes up what this one left.
    /// </summary>
    public static readonly TimeSpan RunTime = TimeSpan.FromSeconds(20);

    [Queue(JobsSetup.AggregationQueue)]
    [AutomaticRetry(Attempts = 0)] // recurring: the next run takes up what this one left
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> FillAsync(CancellationToken cancellationToken)
    {
        var filled = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested && clock.Elapsed < RunTime && await FillChunkAsync(cancellationToken) is var done and > 0)
            filled += done;
        if (filled > 0) logger.LogDebug("Computed the duration measures of {Days} pending area days", filled);
        return filled;
    }

    /// <summary>One chunk in its own transaction: how many (area, day) it computed, 0 when none is pending.</summary>
    public async Task<int> FillChunkAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)",
            new { Aggregator.LockKey }, transaction, commandTimeout: 3600, cancellationToken: cancellationToken));
        var done = await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql["case-durations/fill-days"],
            new { Days = DaysPerChunk }, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return done;
    }
}
