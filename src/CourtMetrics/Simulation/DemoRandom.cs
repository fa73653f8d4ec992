namespace CourtMetrics.Simulation;

/// <summary>
/// A small, fast random generator (xoshiro256**) whose sequence depends only on the seed and a stream key, never
/// on the .NET version or the order threads run in: each court and each live tick draws from its own stream.
/// </summary>
public sealed class DemoRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public DemoRandom(long seed, params long[] stream)
    {
        var x = (ulong)seed;
        foreach (var key in stream) x = SplitMix(ref x) ^ (ulong)key;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    public double Normal()
    {
        // Box–Muller; one of the pair is dropped to keep the stream simple.
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2 * Math.PI * NextDouble());
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        // Knuth: exact and quick for the small daily rates of one court and category.
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = NextDouble(); p > limit; p *= NextDouble()) k++;
        return k;
    }

    /// <summary>An index drawn in proportion to the cumulative weights (ascending, last = total).</summary>
    public int PickWeighted(double[] cumulative)
    {
        var target = NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
    }
}
