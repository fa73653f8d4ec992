using System.Security.Cryptography;
using System.Text;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Ingest.ApiKeys;

/// <summary>A source system's key as authentication finds it: who sends, and the courts it may send for (null: all).</summary>
public sealed record SourceSystemKey(int Id, string SourceSystem, int[]? CourtIds);

/// <summary>A key as administrators see it. (Settable properties: Dapper reads PostgreSQL arrays into them.)</summary>
public sealed class ApiKeyListing
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string SourceSystem { get; init; } = "";
    public string Prefix { get; init; } = "";
    /// <summary>The court codes the key may send for; null: every court.</summary>
    public string[]? Courts { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? RevokedAt { get; init; }
}

/// <summary>The new key: the only time its secret is seen.</summary>
public sealed record CreatedApiKey(int Id, string Key, string Prefix);

/// <summary>
/// API keys of source systems: "cmk_" and 32 random base64url characters (192 bits). Only the SHA-256 of the key is
/// stored; its first 12 characters (the prefix, shown in lists) find the row, then the hash is compared in constant time.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource db, SqlFiles sql)
{
    private const string Scheme = "cmk_";
    private const int PrefixLength = 12;

    public async Task<CreatedApiKey> CreateAsync(string name, string sourceSystem, string[]? courts, string createdBy)
    {
        var key = Scheme + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await db.OpenConnectionAsync();
        var id = await connection.QuerySingleAsync<int>(sql["api-keys/create"], new
        {
            name, sourceSystem, prefix = key[..PrefixLength], secretSha256 = Hash(key), courts, createdBy,
        });
        return new CreatedApiKey(id, key, key[..PrefixLength]);
    }

    public async Task<string[]> UnknownCourtsAsync(string[] courts)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<string>(sql["api-keys/unknown-courts"], new { courts })).ToArray();
    }

    public async Task<IReadOnlyList<ApiKeyListing>> ListAsync()
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<ApiKeyListing>(sql["api-keys/list"])).ToList();
    }

    public async Task<bool> RevokeAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<int?>(sql["api-keys/revoke"], new { id }) is not null;
    }

    /// <summary>The unrevoked key this text is, or null.</summary>
    public async Task<SourceSystemKey?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length is < PrefixLength or > 200 || !key.StartsWith(Scheme, StringComparison.Ordinal)) return null;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<StoredKey>(new CommandDefinition(sql["api-keys/find"],
            new { prefix = key[..PrefixLength] }, cancellationToken: cancellationToken));
        return stored is not null && CryptographicOperations.FixedTimeEquals(Hash(key), stored.SecretSha256)
            ? new SourceSystemKey(stored.Id, stored.SourceSystem, stored.CourtIds)
            : null;
    }

    private sealed class StoredKey
    {
        public int Id { get; init; }
        public string SourceSystem { get; init; } = "";
        public byte[] SecretSha256 { get; init; } = [];
        public int[]? CourtIds { get; init; }
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
