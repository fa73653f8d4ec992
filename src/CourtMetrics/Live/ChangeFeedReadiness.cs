using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CourtMetrics.Live;

/// <summary>
/// A node is ready only once it LISTENs: a load balancer that sent it clients earlier would leave them without
/// the changes published in between.
/// </summary>
internal sealed class ChangeFeedReadiness(ChangeFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.Listening.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("not yet listening for data changes"));
}
