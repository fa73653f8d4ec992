using CourtMetrics.Live;
using CourtMetrics.Site;
using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.Live;

/// <summary>
/// Each notification is defined once, by a function of migration 0028, on the channels the change feed listens to;
/// what it sends is what the feed reads.
/// </summary>
public sealed class NotificationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string Sql = RepositoryLayout.SqlDirectory(AppContext.BaseDirectory);

    [Fact]
    public void No_query_or_migration_but_the_notifications_one_sends_a_notification_of_its_own()
    {
        var senders = Directory.GetFiles(Sql, "*.sql", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "schema.sql") // generated from the migrations
            .Where(f => File.ReadAllText(f).Contains("pg_notify", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(Sql, f).Replace('\\', '/'));

        Assert.Equal(["migrations/0028_notifications.sql", "migrations/0034_notifications_from_day.sql"], senders.Order());
    }

    [Fact]
    public async Task A_data_version_and_each_notice_arrive_on_the_feeds_channels_as_the_feed_reads_them()
    {
        await using var listener = new NpgsqlConnection(app.ConnectionString);
        await listener.OpenAsync();
        var received = new List<(string Channel, string Payload)>();
        listener.Notification += (_, e) => received.Add((e.Channel, e.Payload));
        await listener.ExecuteAsync($"LISTEN {ChangeFeed.Channel}; LISTEN {ChangeFeed.NoticeChannel}");

        await using (var writer = await app.DataSource.OpenConnectionAsync())
            await writer.ExecuteAsync("""
                SELECT cm_notify_data_version(42, timestamptz '2026-12-06 10:00:00+00', ARRAY[11, 21], date '2026-11-30');
                SELECT cm_notify_data_version(43, timestamptz '2026-12-06 10:00:01+00', (SELECT array_agg(i) FROM generate_series(1, 501) i), NULL);
                SELECT cm_notify_alerts(ARRAY[7, 8]::bigint[]);
                SELECT cm_notify_targets_changed();
                SELECT cm_notify_annotations('region:2');
                """);
        for (var waited = 0; received.Count < 5 && waited < 100; waited++) await listener.WaitAsync(100);

        Assert.Equal(5, received.Count);
        var version = ChangeFeed.Parse(received[0].Payload);
        Assert.Equal((ChangeFeed.Channel, 42L, new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero)), (received[0].Channel, version.Version, version.AsOf));
        Assert.Equal([11, 21], version.CourtIds!.Order());
        Assert.Equal(new DateOnly(2026, 11, 30), version.From);
        Assert.Null(ChangeFeed.Parse(received[1].Payload).CourtIds); // over 500 courts: "everything"
        Assert.Null(ChangeFeed.Parse(received[1].Payload).From); // every day
        Assert.All(received.Skip(2), r => Assert.Equal(ChangeFeed.NoticeChannel, r.Channel));
        Assert.Equal([7L, 8L], Notice.Parse(received[2].Payload)!.AlertIds);
        Assert.True(Notice.Parse(received[3].Payload)!.TargetsChanged);
        Assert.Equal("region:2", Notice.Parse(received[4].Payload)!.AnnotationsScope);
    }
}
