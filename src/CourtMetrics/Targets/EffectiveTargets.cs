using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.Targets;

/// <summary>
/// The targets that apply in a scope, by measure id, as sql/queries/targets/effective.sql decides them (the one place
/// the rule is written; the catalogue's defaults are passed to it). A court has its own answer; a region, a set of
/// courts and the nation have the general one.
/// </summary>
public sealed class EffectiveTargets(NpgsqlDataSource db, SqlFiles sql, MetricCatalogue catalogue)
{
    private sealed record Row(int? CourtId, string Metric, double Target);

    /// <summary>The targets of one court, or the general ones (no court), in a category or all.</summary>
    public async Task<IReadOnlyDictionary<string, double>> OfAsync(int? courtId, string? category, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(courtId is { } c ? [c] : [], category, cancellationToken);
        return rows.Where(r => r.CourtId == courtId).ToDictionary(r => r.Metric, r => r.Target);
    }

    /// <summary>The targets of each of the given courts, by court id.</summary>
    public async Task<IReadOnlyDictionary<int, Dictionary<string, double>>> OfCourtsAsync(int[] courtIds, string? category,
        CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(courtIds, category, cancellationToken);
        return rows.Where(r => r.CourtId is not null).GroupBy(r => r.CourtId!.Value)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Metric, r => r.Target));
    }

    private async Task<List<Row>> ReadAsync(int[] courtIds, string? category, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql["targets/effective"], new
        {
            CourtIds = courtIds, Category = category,
            Metrics = catalogue.All.Select(m => m.Id).ToArray(),
            Defaults = catalogue.All.Select(m => m.Target).ToArray(),
        }, cancellationToken: cancellationToken));
        return rows.ToList();
    }
}
