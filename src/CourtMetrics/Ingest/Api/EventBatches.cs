using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Jobs;
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
    IOptions<IngestOptions> limits, ILogger<EventBatches> logger)
{
    public async Task<BatchOutcome> IngestAsync(string itemsJson, int itemCount, SourceSystemKey key, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var parameters = new { items = itemsJson, system = key.SourceSystem, courts = key.CourtIds, decimalComma = false };
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(string.Join('\n', sql["ingest/begin"], sql["ingest/cases/stage"],
                sql["ingest-api/stage"], sql["ingest-api/check"], sql["ingest-api/cases"], sql["ingest/cases/check"], sql["ingest-api/case-problems"]),
            parameters, transaction, cancellationToken: cancellationToken));

        var (problemCount, badItems) = await connection.QuerySingleAsync<(long, long)>(sql["ingest-api/problem-count"], transaction: transaction);
        if (problemCount > 0)
        {
            var problems = (await connection.QueryAsync<BatchProblem>(sql["ingest-api/problems"],
                new { limit = limits.Value.ReportedProblems }, transaction)).ToList();
            logger.LogInformation("Batch of {SourceSystem} refused: {BadItems} of {Items} items are bad", key.SourceSystem, badItems, itemCount);
            return new BatchOutcome(null, problems, problemCount, badItems);
        }

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
        logger.LogInformation("Batch of {SourceSystem}: {Items} items, {Written} rows written in {Milliseconds} ms",
            key.SourceSystem, itemCount, written.Values.Sum(), clock.ElapsedMilliseconds);
        return new BatchOutcome(new BatchReceipt(itemCount, accepted, written), [], 0, 0);
    }
}
