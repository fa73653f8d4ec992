using CourtMetrics.Accounts;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Targets;

/// <summary>The targets and alerts as stored: what the endpoints and the watch read and write (sql/queries/targets/).</summary>
public sealed class TargetStore(NpgsqlDataSource db, SqlFiles sql)
{
    /// <summary>What setting a target must know first: whether its court exists, its category's id, how many targets there are.</summary>
    public sealed record Check(bool CourtExists, short? CategoryId, long Targets);

    public async Task<IReadOnlyList<MeasureTarget>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<MeasureTarget>(new CommandDefinition(sql["targets/list"], cancellationToken: cancellationToken))).ToList();
    }

    public async Task<Check> CheckAsync(int? courtId, string? category, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<Check>(new CommandDefinition(sql["targets/check"],
            new { CourtId = courtId, Category = category }, cancellationToken: cancellationToken));
    }

    /// <summary>Sets (or replaces) the target of a measure, court and category; returns its id. Pages hear of it at commit.</summary>
    public async Task<int> SetAsync(string metric, int? courtId, short? categoryId, double target, string updatedBy, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<int>(new CommandDefinition(sql["targets/upsert"], new
        {
            Metric = metric, CourtId = courtId, CategoryId = categoryId, Target = target, UpdatedBy = updatedBy,
        }, cancellationToken: cancellationToken));
    }

    /// <summary>Removes a target; false if there was none with that id.</summary>
    public async Task<bool> DeleteAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<int?>(sql["targets/delete"], new { Id = id }) is not null;
    }

    /// <summary>The newest alerts of the scopes a user may see, newest first.</summary>
    public async Task<IReadOnlyList<Alert>> AlertsAsync(AllowedScopes allowed, int limit)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<Alert>(sql["targets/alerts"], new
        {
            Ids = (long[]?)null, Limit = limit,
            allowed.Everything, RegionIds = allowed.RegionIds.ToArray(), CourtIds = allowed.CourtIds.ToArray(),
        })).ToList();
    }
}
