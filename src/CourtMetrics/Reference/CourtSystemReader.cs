using CourtMetrics.Accounts;
using CourtMetrics.Database;
using CourtMetrics.Scopes;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reference;

// Names: the names by language as the court system holds them (a JSON object); the page shows the reader's.
public sealed record RegionInfo(short Id, string Code, string Name, long Population, [property: JsonConverter(typeof(RawJson))] string Names);
public sealed record CourtInfo(int Id, string Code, string Name, string Level, short RegionId, string RegionName,
    [property: JsonConverter(typeof(RawJson))] string Names, [property: JsonConverter(typeof(RawJson))] string LevelNames, DateOnly? Closed);
public sealed record CategoryInfo(short Id, string Code, string Name, [property: JsonConverter(typeof(RawJson))] string Names);

/// <summary>A JSON text read from the database, written into an answer as JSON rather than as a string.</summary>
public sealed class RawJson : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonDocument.ParseValue(ref reader).RootElement.GetRawText();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteRawValue(value);
}
public sealed record TimeStandardInfo(string Category, int WithinDays, decimal TargetShare, int Tier);

/// <summary>The court system's structure as the pickers show it (sql/queries/reference/): a viewer sees only its scopes.</summary>
public sealed class CourtSystemReader(NpgsqlDataSource db, SqlFiles sql)
{
    public Task<IReadOnlyList<RegionInfo>> RegionsAsync(AllowedScopes allowed) => ListAsync<RegionInfo>("reference/regions", Visible(allowed));

    public Task<IReadOnlyList<CourtInfo>> CourtsAsync(AllowedScopes allowed) => ListAsync<CourtInfo>("reference/courts", Visible(allowed));

    public Task<IReadOnlyList<CategoryInfo>> CategoriesAsync() => ListAsync<CategoryInfo>("reference/categories");

    public Task<IReadOnlyList<TimeStandardInfo>> TimeStandardsAsync() => ListAsync<TimeStandardInfo>("reference/time-standards");

    /// <summary>Whether a court or region exists (the nation always does).</summary>
    public async Task<bool> ExistsAsync(Scope scope)
    {
        if (scope.Kind == ScopeKind.Nation) return true;
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<string?>(sql["reference/scope-name"],
            new { scope.CourtId, RegionId = (short?)scope.RegionId }) is not null;
    }

    /// <summary>Whether a case category of that code exists.</summary>
    public async Task<bool> CategoryExistsAsync(string code)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<short?>(sql["reference/category-id"], new { Category = code }) is not null;
    }

    /// <summary>The ids of the courts of a region, or of every court.</summary>
    public async Task<int[]> CourtIdsAsync(short? region)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<int>(sql["reference/courts-of-region"], new { RegionId = region })).ToArray();
    }

    private static object Visible(AllowedScopes allowed) =>
        new { allowed.Everything, RegionIds = allowed.RegionIds.ToArray(), CourtIds = allowed.CourtIds.ToArray() };

    private async Task<IReadOnlyList<T>> ListAsync<T>(string query, object? parameters = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<T>(sql[query], parameters)).ToList();
    }
}
