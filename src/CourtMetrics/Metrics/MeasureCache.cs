using System.Collections.Concurrent;
using CourtMetrics.Observability;

namespace CourtMetrics.Metrics;

/// <summary>
/// Measure series and court rankings read once per data change, whatever the number of viewers asking: concurrent
/// requests for the same query await the same read. A data change (Live/LiveBroadcaster) drops only the series it
/// touches — those whose scope holds a changed court, and the nation's — so a change in one court does not make
/// every other view read again; rankings, which compare courts, go with every change.
/// </summary>
public sealed class MeasureCache(MeasureReader reader)
{
    /// <summary>Distinct queries kept; past it the cache starts afresh.</summary>
    public const int MaxEntries = 2000;

    private sealed record Entry<T>(MeasureQuery? Query, Lazy<Task<T>> Read);

    private readonly ConcurrentDictionary<string, Entry<MeasureSeries>> _series = new();
    private readonly ConcurrentDictionary<string, Entry<CourtRanking>> _rankings = new();
    private long _generation;

    /// <summary>Counts the data changes, so caches built on these numbers (chart images) know theirs may be stale.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public Task<MeasureSeries> GetAsync(MeasureQuery query, CancellationToken cancellationToken) =>
        ReadOnceAsync(_series, query.Key, query, () => reader.ReadAsync(query, CancellationToken.None), cancellationToken);

    public Task<CourtRanking> GetRankingAsync(RankingQuery query, Func<Task<CourtRanking>> read, CancellationToken cancellationToken) =>
        ReadOnceAsync(_rankings, query.Key, null, read, cancellationToken);

    /// <summary>Everything changed (a court system changed, or notifications were lost).</summary>
    public void Clear() => Invalidate(_ => true);

    /// <summary>Drops the series a change touched (and every ranking); the others keep their reads.</summary>
    public void Invalidate(Func<MeasureQuery, bool> touched)
    {
        Interlocked.Increment(ref _generation);
        foreach (var pair in _series)
            if (touched(pair.Value.Query!)) _series.TryRemove(pair);
        _rankings.Clear();
    }

    public int Count => _series.Count;

    private static async Task<T> ReadOnceAsync<T>(ConcurrentDictionary<string, Entry<T>> cache, string key, MeasureQuery? query,
        Func<Task<T>> read, CancellationToken cancellationToken)
    {
        if (cache.Count >= MaxEntries) cache.Clear();
        // The shared read is not cancelled with the first viewer's request: others may be waiting for it.
        var missed = false; // two requests racing for a new key may both count a miss: near enough for a rate
        var entry = cache.GetOrAdd(key, _ =>
        {
            missed = true;
            return new Entry<T>(query, new(read));
        });
        (missed ? ProductTelemetry.MeasureCacheMisses : ProductTelemetry.MeasureCacheHits).Add(1);
        try
        {
            return await entry.Read.Value.WaitAsync(cancellationToken);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            cache.TryRemove(new(key, entry)); // a failed read is not cached
            throw;
        }
    }
}
