using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CourtMetrics.Database;

/// <summary>Ready = PostgreSQL answers and every migration in sql/ is applied as written.</summary>
internal sealed class ReadinessCheck(Migrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", pending)}");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer");
        }
    }
}
