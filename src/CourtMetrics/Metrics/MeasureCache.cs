using System.Collections.Concurrent;

namespace CourtMetrics.Metrics;

/// <summary>
/// Measure series and court rankings read once per data change, whatever the number of viewers asking: concurrent
/// requests for the same query await the same read, and every data change (Live/LiveBroadcaster) empties the cache.
/// </summary>
public sealed class MeasureCache(MeasureReader reader)
{
    /// <summary>Distinct queries kept between two changes; past it the cache starts afresh.</summary>
    public const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, Lazy<Task<MeasureSeries>>> _series = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<CourtRanking>>> _rankings = new();
    private long _generation;

    /// <summary>Counts the data changes that emptied the cache, so caches built on these numbers (chart images) know theirs are stale.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public Task<MeasureSeries> GetAsync(MeasureQuery query, CancellationToken cancellationToken) =>
        ReadOnceAsync(_series, query.Key, () => reader.ReadAsync(query, CancellationToken.None), cancellationToken);

    public Task<CourtRanking> GetRankingAsync(RankingQuery query, Func<Task<CourtRanking>> read, CancellationToken cancellationToken) =>
        ReadOnceAsync(_rankings, query.Key, read, cancellationToken);

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _series.Clear();
        _rankings.Clear();
    }

    private static async Task<T> ReadOnceAsync<T>(ConcurrentDictionary<string, Lazy<Task<T>>> cache, string key,
        Func<Task<T>> read, CancellationToken cancellationToken)
    {
        if (cache.Count >= MaxEntries) cache.Clear();
        // The shared read is not cancelled with the first viewer's request: others may be waiting for it.
        var entry = cache.GetOrAdd(key, _ => new(read));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            cache.TryRemove(new(key, entry)); // a failed read is not cached
            throw;
        }
    }
}
