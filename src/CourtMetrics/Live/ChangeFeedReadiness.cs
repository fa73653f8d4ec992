using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CourtMetrics.Live;

/// <summary>
/// A node is ready only once it LISTENs: a load balancer that sent it clients earlier would leave them without
/// the changes published in between. Not ready either while that connection is lost (the database is away).
/// </summary>
internal sealed class ChangeFeedReadiness(ChangeFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.IsListening
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("not listening for data changes"));
}
