using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CourtMetrics.Live;
using CourtMetrics.Database;
using CourtMetrics.Metrics;
using CourtMetrics.Targets;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Charts;

/// <summary>
/// What images are drawn from: the data version ("data as of" in the subtitle) and where targets and annotations
/// stand (Marks), both part of every ETag; Generation is the node's count of changes of either, which keys the cache.
/// </summary>
public sealed record DataStamp((long Data, long Marks) Generation, long Version, DateTimeOffset? AsOf, string Marks);

/// <summary>A rendered file and its entity tag.</summary>
public sealed record RenderedFile(byte[] Bytes, string ContentType, string ETag)
{
    internal long LastUse;
}

/// <summary>
/// Rendered images (and packs) by (chart, scope, data version, size, language, theme), within a memory cap. A
/// data change empties the MeasureCache (Live/LiveBroadcaster), a target or annotation edit bumps MarksGeneration;
/// either new generation drops every image here too, and the new data version or marks stamp changes every ETag,
/// so a browser's copy is revalidated with 304 until the numbers, targets or notes move.
/// </summary>
public sealed class ChartImageCache(MeasureCache measures, MarksGeneration marks, DataVersions versions,
    NpgsqlDataSource db, SqlFiles sql, IOptions<ChartsOptions> options)
{
    private readonly ConcurrentDictionary<string, RenderedFile> _files = new();
    private readonly Lock _lock = new();
    private long _bytes;
    private long _clock;
    private ((long, long) Generation, Task<DataStamp> Stamp)? _stamp;

    private long Capacity => options.Value.CacheMegabytes * 1024L * 1024;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The current data version, read once per data change.</summary>
    public Task<DataStamp> StampAsync()
    {
        var generation = Generation;
        lock (_lock)
        {
            if (_stamp is { } s && s.Generation == generation && !s.Stamp.IsFaulted) return s.Stamp;
            _files.Clear();
            _bytes = 0;
            var stamp = ReadStampAsync(generation);
            _stamp = (generation, stamp);
            return stamp;
        }
    }

    private (long, long) Generation => (measures.Generation, marks.Value);

    private async Task<DataStamp> ReadStampAsync((long, long) generation)
    {
        var (version, asOf) = await versions.LatestAsync();
        await using var connection = await db.OpenConnectionAsync();
        var stamp = await connection.QuerySingleAsync<string>(sql["charts/marks-stamp"]);
        return new DataStamp(generation, version, asOf, stamp);
    }

    public static string ETagOf(string key, DataStamp stamp) =>
        $"\"{stamp.Version}-{stamp.Marks}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12))}\"";

    public bool TryGet(string key, DataStamp stamp, out RenderedFile file)
    {
        if (stamp.Generation == Generation && _files.TryGetValue(key, out file!))
        {
            file.LastUse = Interlocked.Increment(ref _clock);
            return true;
        }
        file = null!;
        return false;
    }

    /// <summary>Keeps a file drawn from the given data, unless the data changed meanwhile or it is too big to keep.</summary>
    public void Add(string key, DataStamp stamp, RenderedFile file)
    {
        if (file.Bytes.Length > Capacity / 4) return;
        lock (_lock)
        {
            if (stamp.Generation != Generation || _stamp?.Generation != stamp.Generation) return;
            file.LastUse = Interlocked.Increment(ref _clock);
            if (_files.TryGetValue(key, out var old)) _bytes -= old.Bytes.Length;
            _files[key] = file;
            _bytes += file.Bytes.Length;
            if (_bytes <= Capacity) return;
            // Past the cap: drop the least recently used down to three quarters, so eviction is not paid per image.
            foreach (var (oldKey, oldFile) in _files.OrderBy(f => f.Value.LastUse).ToList())
            {
                if (_bytes <= Capacity * 3 / 4) break;
                if (_files.TryRemove(oldKey, out _)) _bytes -= oldFile.Bytes.Length;
            }
        }
    }
}
