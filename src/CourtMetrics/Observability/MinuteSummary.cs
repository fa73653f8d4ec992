namespace CourtMetrics.Observability;

/// <summary>What a minute of routine work came to: how many runs, the items they handled and the slowest run.</summary>
public readonly record struct MinuteTotals(long Runs, long Items, double SlowestMilliseconds);

/// <summary>
/// Routine work that happens every second (an aggregation per simulated event) logs its line at Debug and, through
/// this, one Information line a minute. The minute is closed by the first run after it ends, so a quiet node writes
/// nothing and needs no timer.
/// </summary>
public class MinuteSummary(TimeProvider clock)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private DateTimeOffset? _since;
    private MinuteTotals _totals;

    /// <summary>Counts a run; returns the minute's totals when this run closes a minute (and starts the next).</summary>
    public MinuteTotals? Add(long items, TimeSpan elapsed)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            _since ??= now;
            _totals = new MinuteTotals(_totals.Runs + 1, _totals.Items + items,
                Math.Max(_totals.SlowestMilliseconds, elapsed.TotalMilliseconds));
            if (now - _since < Minute) return null;
            var closed = _totals;
            (_since, _totals) = (now, default);
            return closed;
        }
    }
}
