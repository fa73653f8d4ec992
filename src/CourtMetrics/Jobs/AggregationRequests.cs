using CourtMetrics.Database;
using Hangfire;

namespace CourtMetrics.Jobs;

/// <summary>What every writer calls after committing facts: one aggregation job for what it touched.</summary>
public sealed class AggregationRequests(IBackgroundJobClient jobs, ILogger<AggregationRequests> logger)
{
    /// <summary>
    /// The job's id, or null when the database went away between the writer's commit and this enqueue: the facts
    /// are stored and their cells marked, so the recurring sweep aggregates them once the database is back. A
    /// writer must not fail (and be retried) for a write that succeeded.
    /// </summary>
    public string? Request()
    {
        try
        {
            return jobs.Enqueue<Aggregator>(a => a.AggregateTouchedAsync(CancellationToken.None));
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            logger.LogWarning("Could not enqueue an aggregation, database unavailable ({Reason}); the sweep will aggregate the marked cells",
                e.Message);
            return null;
        }
    }
}
