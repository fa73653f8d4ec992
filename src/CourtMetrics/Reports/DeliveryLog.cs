using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Reports;

/// <summary>One attempt to deliver a report (ScheduleId) or an alert (AlertId, SubscriptionId).</summary>
public sealed class Delivery
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public int? ScheduleId { get; init; }
    public string? ScheduleName { get; init; }
    public long? AlertId { get; init; }
    public int? SubscriptionId { get; init; }
    public string Channel { get; init; } = "";
    public string Recipient { get; init; } = "";
    public string Outcome { get; init; } = "";
    public int Attempt { get; init; }
    public string? Error { get; init; }
}

/// <summary>The deliveries table: every attempt, sent or failed, for the admin page (Hangfire keeps the retries).</summary>
public sealed class DeliveryLog(NpgsqlDataSource db, SqlFiles sql)
{
    public const int MaxListed = 200;
    private const int MaxErrorLength = 1000;

    public async Task RecordAsync(int? scheduleId, long? alertId, int? subscriptionId, string channel, string recipient,
        int attempt, Exception? error)
    {
        await using var connection = await db.OpenConnectionAsync();
        var message = error?.Message is { Length: > MaxErrorLength } long_ ? long_[..MaxErrorLength] : error?.Message;
        await connection.ExecuteAsync(sql["reports/delivery-write"], new
        {
            ScheduleId = scheduleId, AlertId = alertId, SubscriptionId = subscriptionId, Channel = channel,
            Recipient = recipient, Outcome = error is null ? "sent" : "failed", Attempt = attempt, Error = message,
        });
    }

    public async Task<IReadOnlyList<Delivery>> NewestAsync(int limit)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<Delivery>(sql["reports/deliveries"], new { Limit = limit })).ToList();
    }
}
