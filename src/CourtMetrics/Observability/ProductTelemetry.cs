using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CourtMetrics.Observability;

/// <summary>
/// The product's own figures and spans, in one place: one Meter and one ActivitySource, both named "CourtMetrics",
/// which AddObservability hands to OpenTelemetry. Static, as .NET's own instruments are, so a feature records a
/// figure without a service to inject; docs/operations.md#monitoring lists each with its unit and meaning.
/// </summary>
public static class ProductTelemetry
{
    public const string Name = "CourtMetrics";

    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource Source = new(Name);

    // OpenTelemetry's default buckets (0 to 10,000) suit milliseconds; these durations are in seconds.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    };

    public static readonly Counter<long> MeasureReads =
        Meter.CreateCounter<long>("courtmetrics.measure_reads", "{read}", "Measure series read from the database, by family");

    public static readonly Counter<long> MeasureCacheHits =
        Meter.CreateCounter<long>("courtmetrics.measure_cache.hits", "{lookup}", "Measure series answered from the cache");

    public static readonly Counter<long> MeasureCacheMisses =
        Meter.CreateCounter<long>("courtmetrics.measure_cache.misses", "{lookup}", "Measure series not in the cache, so read");

    public static readonly Histogram<double> AggregationDuration =
        Meter.CreateHistogram<double>("courtmetrics.aggregation.duration", "s", "Time of each part of an aggregation, by step and family",
            advice: Seconds);

    public static readonly Histogram<double> PushLatency =
        Meter.CreateHistogram<double>("courtmetrics.live.push_latency", "s", "From a data version's computation to its push to the browsers",
            advice: Seconds);

    public static readonly UpDownCounter<long> LiveConnections =
        Meter.CreateUpDownCounter<long>("courtmetrics.live.connections", "{connection}", "Live hub connections open on this node");

    public static readonly Counter<long> ImportRows =
        Meter.CreateCounter<long>("courtmetrics.import.rows", "{row}", "Rows of CSV imports and items of API batches, by kind and outcome");

    public static readonly Counter<long> ChartRenders =
        Meter.CreateCounter<long>("courtmetrics.chart.renders", "{file}", "Chart images and CSV files drawn, by format");

    public static readonly Counter<long> ChartCacheHits =
        Meter.CreateCounter<long>("courtmetrics.chart.cache_hits", "{file}", "Chart files answered from the image cache, by format");

    public static readonly Counter<long> JobRuns =
        Meter.CreateCounter<long>("courtmetrics.job.runs", "{run}", "Background job runs, by job and outcome");

    /// <summary>An import's or a batch's rows: those taken in, and those refused (all of them when it was refused whole).</summary>
    public static void CountImport(string kind, long accepted, long rejected)
    {
        ImportRows.Add(accepted, Tag("kind", kind), Tag("outcome", "accepted"));
        ImportRows.Add(rejected, Tag("kind", kind), Tag("outcome", "rejected"));
    }

    public static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);
}
