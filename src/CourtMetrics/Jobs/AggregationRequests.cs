using Hangfire;

namespace CourtMetrics.Jobs;

/// <summary>What every writer calls after committing facts: one aggregation job for what it touched.</summary>
public sealed class AggregationRequests(IBackgroundJobClient jobs)
{
    public string Request() => jobs.Enqueue<Aggregator>(a => a.AggregateTouchedAsync(CancellationToken.None));
}
