using CourtMetrics.Accounts;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reference;

public sealed record RegionInfo(short Id, string Code, string Name, long Population);
public sealed record CourtInfo(int Id, string Code, string Name, string Level, short RegionId, string RegionName);
public sealed record CategoryInfo(short Id, string Code, string Name);
public sealed record TimeStandardInfo(string Category, int WithinDays, decimal TargetShare, int Tier);

/// <summary>The court system's structure as the pickers show it (sql/queries/reference/): a viewer sees only its scopes.</summary>
public sealed class CourtSystemReader(NpgsqlDataSource db, SqlFiles sql)
{
    public Task<IReadOnlyList<RegionInfo>> RegionsAsync(AllowedScopes allowed) => ListAsync<RegionInfo>("reference/regions", Visible(allowed));

    public Task<IReadOnlyList<CourtInfo>> CourtsAsync(AllowedScopes allowed) => ListAsync<CourtInfo>("reference/courts", Visible(allowed));

    public Task<IReadOnlyList<CategoryInfo>> CategoriesAsync() => ListAsync<CategoryInfo>("reference/categories");

    public Task<IReadOnlyList<TimeStandardInfo>> TimeStandardsAsync() => ListAsync<TimeStandardInfo>("reference/time-standards");

    private static object Visible(AllowedScopes allowed) =>
        new { allowed.Everything, RegionIds = allowed.RegionIds.ToArray(), CourtIds = allowed.CourtIds.ToArray() };

    private async Task<IReadOnlyList<T>> ListAsync<T>(string query, object? parameters = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<T>(sql[query], parameters)).ToList();
    }
}
