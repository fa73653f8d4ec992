using CourtMetrics.Database;
using CourtMetrics.Observability;
using Dapper;
using Hangfire;
using Npgsql;

namespace CourtMetrics.Jobs;

/// <summary>The aggregations' minute (one per process, while Aggregator is made per job).</summary>
public sealed class AggregationMinutes(TimeProvider clock) : MinuteSummary(clock);

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
public sealed class Aggregator(NpgsqlDataSource dataSource, SqlFiles sql, ILogger<Aggregator> logger, AggregationMinutes? minutes = null)
{
    // The rebuild command and tests make one by hand; the app's jobs share the process's minute.
    private readonly AggregationMinutes _minutes = minutes ?? new(TimeProvider.System);

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
        var run = System.Diagnostics.Stopwatch.GetTimestamp();
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
        foreach (var (part, file) in Families.Select(f => (f, $"{f}/{step}")).Prepend(("claim", claim)))
        {
            using var span = ProductTelemetry.Source.StartActivity($"aggregation {part}");
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await connection.ExecuteAsync(new CommandDefinition(sql[file], transaction: transaction,
                commandTimeout: 600, cancellationToken: cancellationToken));
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            ProductTelemetry.AggregationDuration.Record(elapsed.TotalSeconds, ProductTelemetry.Tag("step", step), ProductTelemetry.Tag("family", part));
            timings.Add($"{part} {elapsed.TotalMilliseconds:F0} ms");
            if (part != "claim") progress?.Invoke($"{timings.Count - 1}/{Families.Count} {timings[^1]}");
        }
        logger.LogDebug("Aggregation ({Step}) by family: {Timings}", step, string.Join(", ", timings));
        var published = await connection.QuerySingleOrDefaultAsync<PublishedVersion>(
            sql["aggregation/publish-version"], transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
        if (published is null) return null;
        // One a second with a live feed: at Debug, and summed up once a minute at Information.
        logger.LogDebug("Aggregation ({Step}) published data version {Version} for {Courts} courts",
            step, published.Version, published.CourtIds.Length);
        if (_minutes.Add(published.CourtIds.Length, System.Diagnostics.Stopwatch.GetElapsedTime(run)) is { } minute)
            logger.LogInformation("Aggregation: {Versions} data versions published in the last minute, {Courts} court updates, slowest {Slowest:F0} ms",
                minute.Runs, minute.Items, minute.SlowestMilliseconds);
        return published;
    }
}
