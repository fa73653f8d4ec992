using CourtMetrics.Jobs;
using CourtMetrics.Scopes;
using CourtMetrics.Database;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Simulation;

/// <summary>What one live tick wrote.</summary>
public sealed record LiveTickResult(long Tick, int Filings, int Dispositions, int Hearings, int Expenses);

/// <summary>
/// One tick of the live demo: new filings dated today, decisions and hearings in pending cases, portal visits and
/// spending, in one transaction; then one aggregation job. Only a database the demo seeded gets ticks.
/// </summary>
public sealed class LiveEvents(
    NpgsqlDataSource dataSource, SqlFiles sql, IOptions<SimulationOptions> options, TimeProvider clock,
    AggregationRequests aggregation)
{
    private sealed record ClaimedTick(long Tick, long Seed);

    private IReadOnlyList<CourtProfile>? _courts;
    private double[] _cumulativeWeights = [];
    private int _allocatedYear;

    /// <summary>Runs a tick; null when there was none to run (not a demo database, or another node just ticked).</summary>
    public async Task<LiveTickResult?> TickAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.QuerySingleOrDefaultAsync<ClaimedTick>(sql["simulation/claim-tick"],
            new { MinGapSeconds = settings.TickMilliseconds / 2000.0 }, transaction);
        if (claimed is null) return null;

        var trends = new DemoTrends(today);
        var courts = await CourtsAsync(connection, transaction, claimed.Seed);
        var plan = LiveTickPlan.Draw(courts, _cumulativeWeights, settings.EventsPerSecond * settings.TickMilliseconds / 1000.0,
            claimed.Tick, trends, new DemoRandom(claimed.Seed, 0x717E, claimed.Tick));

        var filings = await connection.ExecuteAsync(sql["simulation/insert-filings"], new
        {
            Today = today, SourceIds = plan.FilingIds.ToArray(), CourtIds = plan.FilingCourts.ToArray(),
            CategoryIds = plan.FilingCategories.ToArray(), Electronic = plan.FilingElectronic.ToArray(),
            Extraterritorial = plan.FilingExtraterritorial.ToArray(), AiAssisted = plan.FilingAiAssisted.ToArray(),
        }, transaction);
        var dispositions = await connection.ExecuteAsync(sql["simulation/pick-dispositions"], new
        {
            Today = today, CourtIds = plan.DispositionCourts.ToArray(), CategoryIds = plan.DispositionCategories.ToArray(),
            AimedFiledOn = plan.DispositionAims.ToArray(), Published = plan.DispositionPublished.ToArray(),
        }, transaction);
        var hearings = await connection.ExecuteAsync(sql["simulation/hold-hearings"], new
        {
            Today = today, SourceIds = plan.HearingIds.ToArray(), CourtIds = plan.HearingCourts.ToArray(),
            AimedFiledOn = plan.HearingAims.ToArray(), Video = plan.HearingVideo.ToArray(),
        }, transaction);
        await connection.ExecuteAsync(sql["simulation/add-portal-visits"],
            new { Today = today, CourtIds = plan.PortalCourts.ToArray(), Visits = plan.PortalVisits.ToArray() }, transaction);
        var expenses = await AddBudgetLinesAsync(connection, transaction, plan.Expenses);
        if (_allocatedYear != today.Year)
        {
            // A new fiscal year opens with its allocations and economic figures (idempotent: they may already be there).
            await connection.ExecuteAsync(sql["simulation/insert-economy"], DemoEconomy.Years(today.Year, today.Year, trends), transaction);
            await AddBudgetLinesAsync(connection, transaction, courts.SelectMany(c => CourtBudget.Items
                .Select(item => (c.Court.Id, CourtBudget.AllocationLine(c, today.Year, item, trends)))).ToList());
        }
        await transaction.CommitAsync(cancellationToken);
        _allocatedYear = today.Year;

        // Portal visits are written every tick with events; the other kinds when drawn.
        if (filings + dispositions + hearings + expenses + plan.PortalCourts.Count > 0) aggregation.Request();
        return new LiveTickResult(claimed.Tick, filings, dispositions, hearings, expenses);
    }

    private async Task<IReadOnlyList<CourtProfile>> CourtsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long seed)
    {
        if (_courts is not null) return _courts;
        var courts = (await connection.QueryAsync<DemoCourt>(sql["simulation/courts"], transaction: transaction)).ToList();
        var profiles = CourtProfile.For(courts, seed);
        _cumulativeWeights = CourtProfile.CumulativeWeights(profiles);
        return _courts = profiles;
    }

    private async Task<int> AddBudgetLinesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<(int CourtId, DemoBudgetLine Line)> lines) =>
        lines.Count == 0 ? 0 : await connection.ExecuteAsync(sql["simulation/add-budget-lines"], new
        {
            SourceIds = lines.Select(l => l.Line.SourceId).ToArray(),
            CourtIds = lines.Select(l => l.CourtId).ToArray(),
            FiscalYears = lines.Select(l => l.Line.FiscalYear).ToArray(),
            Items = lines.Select(l => l.Line.Item).ToArray(),
            Allocated = lines.Select(l => l.Line.Allocated).ToArray(),
            Spent = lines.Select(l => l.Line.Spent).ToArray(),
            BookedOn = lines.Select(l => l.Line.BookedOn).ToArray(),
        }, transaction);
}
