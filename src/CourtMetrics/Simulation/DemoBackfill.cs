using System.Diagnostics;
using CourtMetrics.CourtSystem;
using CourtMetrics.Database;
using CourtMetrics.Scopes;
using Microsoft.Extensions.Logging.Abstractions;
using Dapper;
using Npgsql;

namespace CourtMetrics.Simulation;

public enum DatabaseKind { Empty, Demo, RealData }

public sealed record DatabaseState(bool HasCourts, bool SeededByDemo, bool Rebuilt)
{
    public DatabaseKind Kind => !HasCourts ? DatabaseKind.Empty : SeededByDemo ? DatabaseKind.Demo : DatabaseKind.RealData;
}

/// <summary>What a backfill wrote and how long its parts took.</summary>
public sealed record BackfillResult(long Cases, TimeSpan Generation, TimeSpan Copy);

/// <summary>
/// Seeds an empty database with the demo court system and its history, all in one transaction: reference data,
/// then every fact table by binary COPY. A database that has courts is never touched.
/// </summary>
public sealed class DemoBackfill(NpgsqlDataSource dataSource, SqlFiles sql, CourtSystemStore courtSystem, SimulationStatus status,
    ILogger<DemoBackfill> logger)
{
    /// <summary>A backfill outside the web host (benchmarks, tests): no progress reported, nothing logged.</summary>
    public static DemoBackfill Standalone(NpgsqlDataSource dataSource, SqlFiles sql) => new(dataSource, sql,
        new CourtSystemStore(dataSource, sql, new CourtRegions(dataSource), NullLogger<CourtSystemStore>.Instance),
        new SimulationStatus(), NullLogger<DemoBackfill>.Instance);

    public async Task<DatabaseState> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<DatabaseState>(sql["simulation/database-state"]);
    }

    /// <summary>Seeds the database if it has no courts; null when it had some (another node, or real data).</summary>
    public async Task<BackfillResult?> SeedIfEmptyAsync(SimulationOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(sql["simulation/lock"], transaction: transaction);
        var state = await connection.QuerySingleAsync<DatabaseState>(sql["simulation/database-state"], transaction: transaction);
        if (state.Kind != DatabaseKind.Empty) return null;

        status.Set(SimulationPhase.Seeding);
        var system = NationalCourtSystem.Build(options);
        var trends = new DemoTrends(today);
        var generator = new HistoryGenerator(options, trends);
        await WriteCourtSystemAsync(connection, transaction, DemoCourtSystem.Of(system, generator.From.Year, trends), cancellationToken);
        logger.LogInformation("Demo court system: {Regions} regions, {Courts} courts, {Categories} case categories",
            system.Regions.Count, system.Courts.Count, CaseCategories.All.Count);

        var clock = Stopwatch.StartNew();
        var histories = generator.Generate(CourtProfile.For(system.Courts, options.Seed));
        var total = histories.Sum(h => (long)h.Cases.Count);
        var generation = clock.Elapsed;
        logger.LogInformation("Generated {Cases} demo cases from {From:yyyy-MM-dd} to {Today:yyyy-MM-dd} in {Seconds:F1} s",
            total, generator.From, today, generation.TotalSeconds);

        clock.Restart();
        status.Set(SimulationPhase.Backfilling, 0, 0, $"{total} cases from {generator.From:yyyy-MM-dd}");
        var lastLogged = 0;
        var copy = new HistoryCopy(connection, sql, written =>
        {
            // Cases are the bulk of the work: they carry the percentage up to 80; the rest is the other tables.
            var percent = (int)(80 * written / Math.Max(1, total));
            status.Progress(percent, written);
            if (percent / 10 <= lastLogged / 10) return;
            lastLogged = percent;
            logger.LogInformation("Demo backfill {Percent}%: {Written} of {Total} cases", percent, written, total);
        });
        await connection.ExecuteAsync(sql["simulation/bulk-load-begin"], transaction: transaction);
        await copy.CasesAsync(histories, cancellationToken);
        await copy.HearingsAsync(histories, cancellationToken);
        await copy.BudgetAsync(histories, cancellationToken);
        await copy.PortalUseAsync(histories, cancellationToken);
        status.Progress(85, total);
        await connection.ExecuteAsync(new CommandDefinition(sql["simulation/bulk-load-end"], transaction: transaction,
            commandTimeout: 600, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(sql["simulation/record-seeding"],
            new { options.Seed, HistoryFrom = generator.From, HistoryTo = today }, transaction);
        await transaction.CommitAsync(cancellationToken);
        status.Progress(95, total);
        logger.LogInformation("Demo backfill wrote {Cases} cases in {Seconds:F1} s", total, clock.Elapsed.TotalSeconds);
        return new BackfillResult(total, generation, clock.Elapsed);
    }

    public async Task MarkRebuiltAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql["simulation/mark-rebuilt"], cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The demo's country through the administrators' path; the history refers to courts and categories by the ids
    /// an empty database gives them in the file's order, which is checked.
    /// </summary>
    private async Task WriteCourtSystemAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CourtSystemDocument document,
        CancellationToken cancellationToken)
    {
        var outcome = await courtSystem.ApplyAsync(connection, transaction, CourtSystemFile.Of(document), false, cancellationToken);
        if (!outcome.Written) throw new InvalidOperationException("The demo court system was refused: " + string.Join("; ", outcome.Problems));
        var ids = await connection.QuerySingleAsync<bool>(sql["simulation/ids-in-order"], transaction: transaction);
        if (!ids) throw new InvalidOperationException("The demo court system's ids are not in the file's order");
    }
}
