using CourtMetrics.Database;
using CourtMetrics.Jobs;
using Dapper;
using Hangfire;
using Npgsql;

namespace CourtMetrics.CaseFlow;

public sealed class PublishedVersion
{
    public long Version { get; init; }
    public DateTime ComputedAt { get; init; }
    public int[] CourtIds { get; init; } = [];
}

/// <summary>
/// The aggregation job: recomputes the case-flow cells that writes marked (or everything, for a rebuild),
/// records a new data version and NOTIFYs every node, all in one transaction.
/// </summary>
public sealed class CaseFlowAggregator(NpgsqlDataSource dataSource, SqlFiles sql, ILogger<CaseFlowAggregator> logger)
{
    // One aggregation at a time across all workers and nodes: two overlapping runs could otherwise write a
    // cell computed from an older snapshot over a newer one.
    private const long LockKey = 0x436f757274416767; // "CourtAgg"

    [Queue(JobsSetup.AggregationQueue)]
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task<PublishedVersion?> AggregateTouchedAsync(CancellationToken cancellationToken) =>
        RunAsync("case-flow/aggregate-touched", cancellationToken);

    public Task<PublishedVersion?> RebuildAsync(CancellationToken cancellationToken) =>
        RunAsync("case-flow/rebuild", cancellationToken);

    private async Task<PublishedVersion?> RunAsync(string recompute, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey }, transaction);
        await connection.ExecuteAsync(new CommandDefinition(sql[recompute], transaction: transaction,
            commandTimeout: 600, cancellationToken: cancellationToken));
        var published = await connection.QuerySingleOrDefaultAsync<PublishedVersion>(
            sql["case-flow/publish-version"], transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
        if (published is not null)
            logger.LogInformation("Case flow {Kind} published data version {Version} for {Courts} courts",
                recompute, published.Version, published.CourtIds.Length);
        return published;
    }
}
