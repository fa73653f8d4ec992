using System.Security.Cryptography;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reports;

/// <summary>Where alerts go: an e-mail address or a webhook URL, with the language its texts are written in.</summary>
public sealed class AlertSubscription
{
    public int Id { get; init; }
    public string Kind { get; init; } = "";
    public string Address { get; init; } = "";
    public string Language { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";

    /// <summary>The webhook's signing secret: stored to sign, never listed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Secret { get; init; }
}

public sealed record SubscriptionRequest(string? Kind, string? Address, string? Language);

/// <summary>A subscription just created: the webhook's secret is in this answer only.</summary>
public sealed record CreatedSubscription(int Id, string Kind, string Address, string Language, string? Secret);

/// <summary>The alert_subscriptions table (migration 0040).</summary>
public sealed class AlertSubscriptions(NpgsqlDataSource db, SqlFiles sql)
{
    public const int MaxSubscriptions = 100;
    public static readonly string[] Kinds = ["email", "webhook"];

    public async Task<IReadOnlyList<AlertSubscription>> ListAsync()
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<AlertSubscription>(sql["reports/subscriptions"], new { Id = (int?)null })).ToList();
    }

    public async Task<AlertSubscription?> FindAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<AlertSubscription>(sql["reports/subscriptions"], new { Id = (int?)id });
    }

    /// <summary>The new subscription, or null when the cap is reached or the address is subscribed already.</summary>
    public async Task<CreatedSubscription?> CreateAsync(string kind, string address, string language, string by)
    {
        var secret = kind == "webhook" ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) : null;
        await using var connection = await db.OpenConnectionAsync();
        var id = await connection.ExecuteScalarAsync<int?>(sql["reports/subscription-insert"],
            new { Kind = kind, Address = address, Language = language, Secret = secret, By = by, Cap = MaxSubscriptions });
        return id is { } created ? new CreatedSubscription(created, kind, address, language, secret) : null;
    }

    public async Task<bool> DeleteAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql["reports/subscription-delete"], new { Id = id }) == 1;
    }
}
