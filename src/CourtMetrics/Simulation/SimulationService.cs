using CourtMetrics.Jobs;
using CourtMetrics.Nodes;
using CourtMetrics.Scopes;
using Microsoft.Extensions.Options;
using CourtMetrics.Database;

namespace CourtMetrics.Simulation;

/// <summary>
/// Runs the demo: seeds an empty database with history, rebuilds the aggregates once, then writes live events
/// every tick. Survives the database going away: it logs, waits and carries on where it was.
/// </summary>
public sealed class SimulationService(
    IOptions<SimulationOptions> options, IOptions<NodeOptions> node, DemoBackfill backfill, LiveEvents live, SimulationStatus status,
    IServiceScopeFactory scopes, IHostEnvironment environment, TimeProvider clock, ILogger<SimulationService> logger,
    LocalPostgresCluster? ownDatabase = null) : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunsDemo(ownDatabase is not null, environment.IsProduction()))
        {
            status.Set(SimulationPhase.Off, detail: settings.OffReason(ownDatabase is not null));
            logger.LogInformation("Demo simulator off: {Reason}", status.Current.Detail);
            return;
        }
        if (!node.Value.RunsWork)
        {
            status.Set(SimulationPhase.Off, detail: "runs on the worker nodes (Node:Role = web)");
            return;
        }
        await Task.Yield(); // let the site start while the history loads
        try
        {
            if (!await PrepareAsync(settings, stoppingToken)) return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The demo must never take the site down with it.
            logger.LogError(e, "Demo backfill failed; the simulator is off");
            status.Set(SimulationPhase.Off, detail: $"backfill failed: {e.Message}");
            return;
        }

        status.Set(SimulationPhase.Live, 100, 0, $"{settings.EventsPerSecond} events/s");
        logger.LogInformation("Demo live events: {Rate} a second, a tick every {Tick} ms", settings.EventsPerSecond, settings.TickMilliseconds);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(settings.TickMilliseconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ResilientlyAsync("live tick", () => live.TickAsync(stoppingToken), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Demo live tick failed; trying again at the next tick");
            }
        }
    }

    /// <summary>Seeds and rebuilds as needed; false when this database is not the demo's.</summary>
    private async Task<bool> PrepareAsync(SimulationOptions settings, CancellationToken stoppingToken)
    {
        var state = await ResilientlyAsync("demo backfill", async () =>
        {
            await backfill.SeedIfEmptyAsync(settings, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), stoppingToken);
            return await backfill.StateAsync(stoppingToken);
        }, stoppingToken);
        if (state!.Kind == DatabaseKind.RealData)
        {
            logger.LogInformation("Demo simulator stays off: this database has a court system the demo did not seed");
            status.Set(SimulationPhase.Off, detail: "the database holds real data");
            return false;
        }
        if (!state.Rebuilt)
            await ResilientlyAsync("aggregate rebuild after the demo backfill", async () =>
            {
                status.Set(SimulationPhase.Backfilling, 95, status.Current.CasesWritten, "computing aggregates");
                await using var scope = scopes.CreateAsyncScope();
                var families = 0;
                await scope.ServiceProvider.GetRequiredService<Aggregator>().RebuildAsync(done =>
                    status.Set(SimulationPhase.Backfilling, 95 + 4 * ++families / Aggregator.Families.Count,
                        status.Current.CasesWritten, $"computing aggregates: {done}"), stoppingToken);
                await backfill.MarkRebuiltAsync(stoppingToken);
                return true;
            }, stoppingToken);
        return true;
    }

    /// <summary>Retries work that failed because the database was unreachable, waiting longer each time.</summary>
    private async Task<T?> ResilientlyAsync<T>(string what, Func<Task<T>> work, CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                return await work();
            }
            catch (Exception e) when (DatabaseOutage.Is(e) && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Demo {What} failed, database unreachable ({Error}); retrying in {Seconds} s",
                    what, e.Message, wait.TotalSeconds);
                await Task.Delay(wait, clock, stoppingToken);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
            }
        }
    }
}
