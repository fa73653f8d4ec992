using System.Collections.Concurrent;
namespace CourtMetrics.Live;

/// <summary>
/// Which views the browsers connected to this node watch, so a change is read only for those. A connection may
/// watch a bounded number of views of each kind.
/// </summary>
public sealed class SubscriptionRegistry<TView>(int maxViewsPerConnection) where TView : notnull
{
    public int MaxViewsPerConnection { get; } = maxViewsPerConnection;

    private readonly ConcurrentDictionary<string, HashSet<TView>> _byConnection = new();
    private readonly ConcurrentDictionary<TView, int> _viewers = new();

    public bool Add(string connectionId, TView key)
    {
        var views = _byConnection.GetOrAdd(connectionId, _ => []);
        lock (views)
        {
            if (views.Contains(key)) return true;
            if (views.Count >= MaxViewsPerConnection) return false;
            views.Add(key);
        }
        _viewers.AddOrUpdate(key, 1, (_, n) => n + 1);
        return true;
    }

    public void Remove(string connectionId, TView key)
    {
        if (!_byConnection.TryGetValue(connectionId, out var views)) return;
        lock (views)
            if (!views.Remove(key)) return;
        Release(key);
    }

    public void RemoveConnection(string connectionId)
    {
        if (!_byConnection.TryRemove(connectionId, out var views)) return;
        lock (views)
            foreach (var key in views) Release(key);
    }

    public IReadOnlyList<TView> WatchedViews() => _viewers.Where(v => v.Value > 0).Select(v => v.Key).ToList();

    private void Release(TView key)
    {
        var left = _viewers.AddOrUpdate(key, 0, (_, n) => n - 1);
        if (left <= 0) _viewers.TryRemove(new(key, left));
    }
}
