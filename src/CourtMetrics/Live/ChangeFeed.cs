using System.Text.Json;
using System.Threading.Channels;
using CourtMetrics.Database;
using CourtMetrics.Jobs;
using Dapper;
using Npgsql;

namespace CourtMetrics.Live;

/// <summary>
/// LISTENs on the database for "data changed" from whichever node ran the aggregation, and for notices (alerts
/// raised, annotations edited) from any node. After a lost connection it reports "everything changed", since
/// notifications sent meanwhile are gone — unless the aggregates themselves are gone (a database crash empties
/// the unlogged tables): then it asks for the aggregation, which rebuilds them, and its NOTIFY brings the right
/// numbers, rather than pushing the empty tables' zeros to every dashboard.
/// </summary>
public sealed class ChangeFeed(NpgsqlDataSource dataSource, SqlFiles sql, AggregationRequests aggregation,
    ILogger<ChangeFeed> logger) : BackgroundService
{
    // The channels the notify functions of migration 0028 send on (and only they).
    public const string Channel = "courtmetrics_changes";
    public const string NoticeChannel = "courtmetrics_notices";

    private readonly Channel<DataChange> _changes = System.Threading.Channels.Channel.CreateUnbounded<DataChange>(
        new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<DataChange> Changes => _changes.Reader;

    private readonly Channel<Notice> _notices = System.Threading.Channels.Channel.CreateUnbounded<Notice>(
        new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Notice> Notices => _notices.Reader;

    /// <summary>Set once the first LISTEN is in place; tests and start-up wait on it.</summary>
    public Task Listening => _listening.Task;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the LISTEN connection is up now (readiness: false while the database is away).</summary>
    public bool IsListening => _isListening;
    private volatile bool _isListening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        var everListened = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (e.Channel == Channel) _changes.Writer.TryWrite(Parse(e.Payload));
                    else if (Notice.Parse(e.Payload) is { } notice) _notices.Writer.TryWrite(notice);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}; LISTEN {NoticeChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (everListened) await CatchUpAsync(connection);
                everListened = true;
                _isListening = true;
                _listening.TrySetResult();
                delay = TimeSpan.FromMilliseconds(250);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                _isListening = false;
                logger.LogWarning("Lost the data-change feed ({Reason}); retrying in {Delay} ms", e.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { });
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    private async Task CatchUpAsync(NpgsqlConnection connection)
    {
        // The pool's idle connections date from before the loss and are likely dead: the next readers open new ones.
        dataSource.Clear();
        if (await connection.ExecuteScalarAsync<bool>(sql["aggregation/intact"]))
        {
            logger.LogInformation("Listening for data changes again");
            _changes.Writer.TryWrite(DataChange.Everything);
            return;
        }
        logger.LogWarning("Listening for data changes again; the aggregate tables were emptied (a database crash): asking for their rebuild");
        aggregation.Request();
    }

    internal static DataChange Parse(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            var version = json.RootElement.GetProperty("version").GetInt64();
            var asOf = json.RootElement.GetProperty("computed_at").GetDateTimeOffset();
            var courts = json.RootElement.TryGetProperty("courts", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(x => x.GetInt32()).ToHashSet()
                : null;
            var from = json.RootElement.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(f.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            return new DataChange(version, asOf, courts, from);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return DataChange.Everything;
        }
    }
}
