using CourtMetrics.Database;

namespace CourtMetrics.Jobs;

/// <summary>
/// `./run.sh rebuild` (or `CourtMetrics rebuild`): recompute every aggregate from the facts in one transaction,
/// printing each family as it is done, then exit. Live dashboards get the new version through NOTIFY.
/// </summary>
public static class RebuildCommand
{
    public static async Task<bool> RunRebuildIfAskedAsync(this WebApplication app, string[] args)
    {
        if (args is not ["rebuild", ..]) return false;
        Console.WriteLine($"Rebuilding every aggregate of {string.Join(", ", Aggregator.Families)} …");
        using (var scope = app.Services.CreateScope())
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var published = await scope.ServiceProvider.GetRequiredService<Aggregator>()
                .RebuildAsync(line => Console.WriteLine($"  {line}"), app.Lifetime.ApplicationStopping);
            Console.WriteLine(published is null
                ? "Nothing to rebuild: the database has no courts."
                : $"Done in {clock.Elapsed.TotalSeconds:F1} s: data version {published.Version} for {published.CourtIds.Length} courts.");
        }
        app.Services.GetService<LocalPostgresCluster>()?.Stop();
        return true;
    }
}
