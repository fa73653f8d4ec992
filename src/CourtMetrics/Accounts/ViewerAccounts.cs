using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Accounts;

/// <summary>A viewer account as administrators see it. (Settable properties: Dapper reads PostgreSQL arrays into them.)</summary>
public sealed class ViewerListing
{
    public int Id { get; init; }
    public string UserName { get; init; } = "";
    /// <summary>"region:&lt;id&gt;" and "court:&lt;id&gt;", with their names in ScopeNames in the same order.</summary>
    public string[] Scopes { get; init; } = [];
    public string[] ScopeNames { get; init; } = [];
    public DateTime CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public DateTime? LastSignedIn { get; init; }
    public DateTime? RevokedAt { get; init; }
}

/// <summary>Viewer accounts (local password accounts limited to some regions and courts) and every local account's state.</summary>
public sealed class ViewerAccounts(NpgsqlDataSource db, SqlFiles sql)
{
    /// <summary>The new account's id, or null when the user name is taken.</summary>
    public async Task<int?> CreateAsync(string userName, string password, int[] regionIds, int[] courtIds, string createdBy)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<int?>(sql["viewers/create"], new
        {
            UserName = userName, PasswordHash = PasswordSignIn.Hasher.HashPassword(userName, password),
            RegionIds = regionIds, CourtIds = courtIds, CreatedBy = createdBy,
        });
    }

    public async Task<string[]> UnknownScopesAsync(int[] regionIds, int[] courtIds)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<string>(sql["viewers/unknown-scopes"], new { RegionIds = regionIds, CourtIds = courtIds })).ToArray();
    }

    public async Task<IReadOnlyList<ViewerListing>> ListAsync()
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<ViewerListing>(sql["viewers/list"])).ToList();
    }

    public async Task<bool> RevokeAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<int?>(sql["viewers/revoke"], new { Id = id }) is not null;
    }

    /// <summary>Whether a local account is still there and not revoked: a session goes on only while it is.</summary>
    public async Task<bool> IsActiveAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<bool>(new CommandDefinition(sql["accounts/active"], new { Id = id }, cancellationToken: cancellationToken));
    }

    /// <summary>An identity provider's scope names ("region:&lt;id or code&gt;", "court:&lt;id or code&gt;") as the product's; unknown ones left out.</summary>
    public async Task<string[]> ResolveScopesAsync(string[] names, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(sql["accounts/resolve-scopes"], new { Scopes = names },
            cancellationToken: cancellationToken))).ToArray();
    }
}
