using System.Collections.Concurrent;
using CourtMetrics.CaseFlow;

namespace CourtMetrics.Live;

/// <summary>
/// The current snapshot of every view anyone looks at. Viewers, HTTP readers and image renders share one read
/// per view per data change: concurrent requests for a view await the same read.
/// </summary>
public sealed class SnapshotStore(CaseFlowReader reader)
{
    private readonly ConcurrentDictionary<ViewKey, Lazy<Task<CaseFlowSnapshot>>> _snapshots = new();

    public async Task<CaseFlowSnapshot> GetAsync(ViewKey key)
    {
        var entry = _snapshots.GetOrAdd(key, Load);
        try
        {
            return await entry.Value;
        }
        catch
        {
            _snapshots.TryRemove(new(key, entry)); // a failed read is not cached
            throw;
        }
    }

    /// <summary>Forgets the views a change touched; the next GetAsync reads them again.</summary>
    public void Invalidate(IEnumerable<ViewKey> keys)
    {
        foreach (var key in keys) _snapshots.TryRemove(key, out _);
    }

    public void InvalidateAll() => _snapshots.Clear();

    public IReadOnlyCollection<ViewKey> CachedKeys => (IReadOnlyCollection<ViewKey>)_snapshots.Keys;

    private Lazy<Task<CaseFlowSnapshot>> Load(ViewKey key) => new(() => reader.ReadAsync(key));
}
