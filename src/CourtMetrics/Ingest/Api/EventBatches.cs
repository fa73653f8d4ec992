using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Jobs;
using CourtMetrics.Observability;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Ingest.Api;

/// <summary>One bad item of a batch: its index in the request's items array, its kind, the field and why.</summary>
public sealed record BatchProblem(int Item, string? Kind, string Field, string Reason, string? Value)
{
    public override string ToString() =>
        $"items[{Item}]{(Kind is null ? "" : $" ({Kind})")}, field {Field}: {Reason}{(Value is null ? "" : $" ('{Value}')")}";
}

/// <summary>What an accepted batch did: items per kind (identical repeats once) and rows written per table.</summary>
public sealed record BatchReceipt(int Items, IReadOnlyDictionary<string, long> Accepted, IReadOnlyDictionary<string, long> Written);

public sealed record BatchOutcome(BatchReceipt? Receipt, IReadOnlyList<BatchProblem> Problems, long ProblemCount, long BadItems);

/// <summary>
/// Ingests one batch of events from a source system in one transaction: the items go to PostgreSQL as one JSON
/// array, are staged and checked set-based (the cases through the CSV import's own check and merge), and either all
/// are written or none. After a write the touched cells are aggregated like any other writer's.
/// </summary>
public sealed class EventBatches(NpgsqlDataSource db, SqlFiles sql, AggregationRequests aggregation,
    IOptions<IngestOptions> limits, TimeProvider time, ILogger<EventBatches> logger)
{
    // A source system may send a batch a second: each accepted one is a Debug line, the minute an Information one.
    private readonly MinuteSummary _minute = new(time);

    /// <param name="reports">The batch holds reports (kind "report"): they go through the CSV import's reports path.</param>
    public async Task<BatchOutcome> IngestAsync(string itemsJson, int itemCount, SourceSystemKey key, CancellationToken cancellationToken,
        bool reports = false)
    {
        var clock = Stopwatch.StartNew();
        var parameters = new { items = itemsJson, system = key.SourceSystem, courts = key.CourtIds, decimalComma = false, thousands = (string?)null };
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string[] steps = reports
            ? ["ingest/begin", "ingest/reports/stage", "ingest-api/stage", "ingest-api/check", "ingest-api/reports", "ingest/reports/check", "ingest-api/report-problems"]
            : ["ingest/begin", "ingest/cases/stage", "ingest-api/stage", "ingest-api/check", "ingest-api/cases", "ingest/cases/check", "ingest-api/case-problems"];
        await connection.ExecuteAsync(new CommandDefinition(string.Join('\n', steps.Select(step => sql[step])),
            parameters, transaction, cancellationToken: cancellationToken));

        var (problemCount, badItems) = await connection.QuerySingleAsync<(long, long)>(sql["ingest-api/problem-count"], transaction: transaction);
        if (problemCount > 0)
        {
            var problems = (await connection.QueryAsync<BatchProblem>(sql["ingest-api/problems"],
                new { limit = limits.Value.ReportedProblems }, transaction)).ToList();
            logger.LogInformation("Batch of {SourceSystem} refused: {BadItems} of {Items} items are bad", key.SourceSystem, badItems, itemCount);
            ProductTelemetry.CountImport(BatchKind(reports), accepted: 0, rejected: itemCount);
            return new BatchOutcome(null, problems, problemCount, badItems);
        }

        ProductTelemetry.CountImport(BatchKind(reports), accepted: itemCount, rejected: 0);
        if (reports) return await MergeReportsAsync(connection, transaction, itemCount, key, clock, cancellationToken);
        var (inserted, updated) = await connection.QuerySingleAsync<(long, long)>(sql["ingest/cases/merge"], transaction: transaction);
        var others = await connection.QuerySingleAsync<(long Judgments, long Hearings, long BudgetLines, long PortalUse)>(
            sql["ingest-api/merge"], parameters, transaction);
        var accepted = (await connection.QueryAsync<(string Kind, long Items)>(sql["ingest-api/accepted"], transaction: transaction))
            .ToDictionary(a => a.Kind, a => a.Items);
        await transaction.CommitAsync(cancellationToken);

        var written = new Dictionary<string, long>
        {
            ["cases"] = inserted + updated, ["judgments_published"] = others.Judgments, ["hearings"] = others.Hearings,
            ["budget_lines"] = others.BudgetLines, ["portal_use"] = others.PortalUse,
        };
        if (written.Values.Sum() > 0) aggregation.Request();
        logger.LogDebug("Batch of {SourceSystem}: {Items} items, {Written} rows written in {Milliseconds} ms",
            key.SourceSystem, itemCount, written.Values.Sum(), clock.ElapsedMilliseconds);
        Summarise(written.Values.Sum(), clock);
        return new BatchOutcome(new BatchReceipt(itemCount, accepted, written), [], 0, 0);
    }

    // Reports are read by the measures directly: their merge publishes the data version itself (no aggregation).
    private async Task<BatchOutcome> MergeReportsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int itemCount,
        SourceSystemKey key, Stopwatch clock, CancellationToken cancellationToken)
    {
        var (inserted, updated) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(sql["ingest/reports/merge"],
            transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug("Batch of {SourceSystem}: {Items} reports, {Written} written in {Milliseconds} ms",
            key.SourceSystem, itemCount, inserted + updated, clock.ElapsedMilliseconds);
        Summarise(inserted + updated, clock);
        return new BatchOutcome(new BatchReceipt(itemCount, new Dictionary<string, long> { ["report"] = itemCount },
            new Dictionary<string, long> { ["reported_statistics"] = inserted + updated }), [], 0, 0);
    }

    private void Summarise(long written, Stopwatch clock)
    {
        if (_minute.Add(written, clock.Elapsed) is { } minute)
            logger.LogInformation("Ingestion API: {Batches} batches accepted in the last minute, {Rows} rows written, slowest {Slowest:F0} ms",
                minute.Runs, minute.Items, minute.SlowestMilliseconds);
    }

    private static string BatchKind(bool reports) => reports ? "api-reports" : "api-events";
}
