using System.Collections.Concurrent;

namespace CourtMetrics.Metrics;

/// <summary>
/// Measure series read once per data change, whatever the number of viewers asking: concurrent requests for the
/// same query await the same read, and every data change (Live/LiveBroadcaster) empties the cache.
/// </summary>
public sealed class MeasureCache(MeasureReader reader)
{
    /// <summary>Distinct queries kept between two changes; past it the cache starts afresh.</summary>
    public const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, Lazy<Task<MeasureSeries>>> _series = new();

    public async Task<MeasureSeries> GetAsync(MeasureQuery query, CancellationToken cancellationToken)
    {
        if (_series.Count >= MaxEntries) _series.Clear();
        var key = query.Key;
        // The shared read is not cancelled with the first viewer's request: others may be waiting for it.
        var entry = _series.GetOrAdd(key, _ => new(() => reader.ReadAsync(query, CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            _series.TryRemove(new(key, entry)); // a failed read is not cached
            throw;
        }
    }

    public void Clear() => _series.Clear();
}
