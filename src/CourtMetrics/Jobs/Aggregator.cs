using CourtMetrics.Database;
using Dapper;
using Hangfire;
using Npgsql;

namespace CourtMetrics.Jobs;

public sealed class PublishedVersion
{
    public long Version { get; init; }
    public DateTime ComputedAt { get; init; }
    public int[] CourtIds { get; init; } = [];
}

/// <summary>
/// The aggregation job: claims the cells that writes marked (or everything, for a rebuild), lets every measure
/// family recompute its aggregates for them with its own SQL, records a new data version and NOTIFYs every
/// node — all in one transaction, so readers see all families of a version or none.
/// </summary>
public sealed class Aggregator(NpgsqlDataSource dataSource, SqlFiles sql, ILogger<Aggregator> logger)
{
    /// <summary>
    /// Families with aggregates, in order. Each has sql/queries/&lt;family&gt;/aggregate-claimed.sql (recompute
    /// the rows of claimed_cells) and rebuild.sql (recompute everything from the facts).
    /// </summary>
    public static readonly IReadOnlyList<string> Families = ["case-flow", "case-durations", "digital-access", "budget", "pending-age"];

    /// <summary>
    /// One aggregation at a time across all workers and nodes: two overlapping runs could otherwise write a cell
    /// computed from an older snapshot over a newer one. A writer that holds it knows no claim is in flight.
    /// </summary>
    public const long LockKey = 0x436f757274416767; // "CourtAgg"

    [Queue(JobsSetup.AggregationQueue)]
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task<PublishedVersion?> AggregateTouchedAsync(CancellationToken cancellationToken) =>
        RunAsync("aggregation/claim-touched", "aggregate-claimed", cancellationToken);

    /// <summary>Recomputes every family from the facts; progress gets a line as each family is done.</summary>
    [Queue(JobsSetup.AggregationQueue)]
    [AutomaticRetry(Attempts = 0)]
    public Task<PublishedVersion?> RebuildAsync(CancellationToken cancellationToken) =>
        RunAsync("aggregation/claim-all", "rebuild", cancellationToken);

    public Task<PublishedVersion?> RebuildAsync(Action<string> progress, CancellationToken cancellationToken) =>
        RunAsync("aggregation/claim-all", "rebuild", cancellationToken, progress);

    private async Task<PublishedVersion?> RunAsync(string claim, string step, CancellationToken cancellationToken,
        Action<string>? progress = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Waits for a running aggregation (a large import's can take minutes) rather than failing after 30 s.
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey },
            transaction, commandTimeout: 3600, cancellationToken: cancellationToken));
        if (step != "rebuild" && !await connection.ExecuteScalarAsync<bool>(sql["aggregation/intact"], transaction: transaction))
        {
            // A crash empties the unlogged aggregate tables and their marker (migration 0016): adding changes to
            // empty tables would be wrong, so recompute everything from the facts instead.
            logger.LogWarning("The aggregate tables were emptied (as a crash does); rebuilding them from the facts");
            (claim, step) = ("aggregation/claim-all", "rebuild");
        }
        var timings = new List<string>(Families.Count + 1);
        var claimed = System.Diagnostics.Stopwatch.GetTimestamp();
        await connection.ExecuteAsync(new CommandDefinition(sql[claim], transaction: transaction, commandTimeout: 600,
            cancellationToken: cancellationToken));
        timings.Add($"claim {System.Diagnostics.Stopwatch.GetElapsedTime(claimed).TotalMilliseconds:F0} ms");
        foreach (var family in Families)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await connection.ExecuteAsync(new CommandDefinition(sql[$"{family}/{step}"], transaction: transaction,
                commandTimeout: 600, cancellationToken: cancellationToken));
            timings.Add($"{family} {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            progress?.Invoke($"{timings.Count - 1}/{Families.Count} {timings[^1]}");
        }
        logger.LogDebug("Aggregation ({Step}) by family: {Timings}", step, string.Join(", ", timings));
        var published = await connection.QuerySingleOrDefaultAsync<PublishedVersion>(
            sql["aggregation/publish-version"], transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
        if (published is not null)
            logger.LogInformation("Aggregation ({Step}) published data version {Version} for {Courts} courts",
                step, published.Version, published.CourtIds.Length);
        return published;
    }
}
