using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reference;

public sealed record RegionInfo(short Id, string Code, string Name, long Population);
public sealed record CourtInfo(int Id, string Code, string Name, string Level, short RegionId, string RegionName);
public sealed record CategoryInfo(short Id, string Code, string Name);

/// <summary>The court system's structure, for pickers and drill-down.</summary>
public static class ReferenceSetup
{
    public static void MapReference(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Court system");
        api.MapGet("/regions", (NpgsqlDataSource db, SqlFiles sql) => List<RegionInfo>(db, sql["reference/regions"]))
            .WithSummary("Regions of the court system.");
        api.MapGet("/courts", (NpgsqlDataSource db, SqlFiles sql) => List<CourtInfo>(db, sql["reference/courts"]))
            .WithSummary("Courts with their level and region.");
        api.MapGet("/categories", (NpgsqlDataSource db, SqlFiles sql) => List<CategoryInfo>(db, sql["reference/categories"]))
            .WithSummary("Case categories.");
    }

    private static async Task<IEnumerable<T>> List<T>(NpgsqlDataSource db, string query)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QueryAsync<T>(query);
    }
}
