using System.Security.Claims;
using CourtMetrics.Accounts;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reference;

public sealed record RegionInfo(short Id, string Code, string Name, long Population);
public sealed record CourtInfo(int Id, string Code, string Name, string Level, short RegionId, string RegionName);
public sealed record CategoryInfo(short Id, string Code, string Name);
public sealed record TimeStandardInfo(string Category, int WithinDays, decimal TargetShare, int Tier);

/// <summary>The court system's structure, for pickers and drill-down.</summary>
public static class ReferenceSetup
{
    public static void MapReference(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Court system");
        api.MapGet("/regions", (ClaimsPrincipal user, ScopeAccess access, NpgsqlDataSource db, SqlFiles sql) =>
                List<RegionInfo>(db, sql["reference/regions"], Visible(access.Of(user))))
            .WithSummary("Regions of the court system (for a viewer, those of its scopes).");
        api.MapGet("/courts", (ClaimsPrincipal user, ScopeAccess access, NpgsqlDataSource db, SqlFiles sql) =>
                List<CourtInfo>(db, sql["reference/courts"], Visible(access.Of(user))))
            .WithSummary("Courts with their level and region (for a viewer, those of its scopes and those inside its regions).");
        api.MapGet("/categories", (NpgsqlDataSource db, SqlFiles sql) => List<CategoryInfo>(db, sql["reference/categories"]))
            .WithSummary("Case categories.");
        api.MapGet("/time-standards", (NpgsqlDataSource db, SqlFiles sql) => List<TimeStandardInfo>(db, sql["reference/time-standards"]))
            .WithSummary("Each category's time standards (Model Time Standards style): tier, days, target share resolved within them.");
    }

    private static object Visible(AllowedScopes allowed) =>
        new { allowed.Everything, RegionIds = allowed.RegionIds.ToArray(), CourtIds = allowed.CourtIds.ToArray() };

    private static async Task<IEnumerable<T>> List<T>(NpgsqlDataSource db, string query, object? parameters = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QueryAsync<T>(query, parameters);
    }
}
