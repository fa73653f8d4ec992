using System.Collections.ObjectModel;
using System.Diagnostics;
using CourtMetrics.Jobs;
using CourtMetrics.Tests.Support;
using Hangfire;
using OpenTelemetry.Trace;

namespace CourtMetrics.Tests.Observability;

/// <summary>The spans the app's tracer provider exports (caught by an in-memory exporter beside its own).</summary>
public sealed class TraceTests : AppTests
{
    private readonly SpanList _spans = new();

    public TraceTests()
    {
        App.With("Observability:Traces", "true");
        App.WithServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)));
    }

    [Fact]
    public async Task A_request_that_reads_measures_has_a_server_span_with_a_child_npgsql_span()
    {
        (await App.AnonymousClient().GetAsync("/api/measures?family=case-flow&scope=court:12")).EnsureSuccessStatusCode();

        // Other tests' apps in this process trace into the same sources: the spans are told apart by their trace.
        var server = await Eventually.ValueAsync(() => Task.FromResult(_spans.Snapshot().FirstOrDefault(s =>
            s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/api/measures")));
        var children = await Eventually.ValueAsync(() => Task.FromResult(_spans.Snapshot()
            .Where(s => s.ParentSpanId == server.SpanId && s.TraceId == server.TraceId).ToList() is { Count: > 0 } found ? found : null));

        Assert.Contains(children, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task A_hangfire_job_run_has_its_span_with_the_aggregation_beneath_it()
    {
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("t1", 11, 1, Months.Day(1, 2), null));
        var id = App.Get<IBackgroundJobClient>().Enqueue<Aggregator>(aggregator => aggregator.AggregateTouchedAsync(CancellationToken.None));

        var job = await Eventually.ValueAsync(() => Task.FromResult(_spans.Snapshot().FirstOrDefault(s =>
            s.DisplayName == "job Aggregator.AggregateTouchedAsync" && s.GetTagItem("job.id") as string == id)), timeoutSeconds: 60);

        Assert.Equal("succeeded", job.GetTagItem("job.outcome"));
        Assert.Contains(_spans.Snapshot(), s => s.ParentSpanId == job.SpanId && s.DisplayName == "aggregation case-flow");
    }

    /// <summary>The exporter adds from whichever thread ends a span.</summary>
    private sealed class SpanList : Collection<Activity>
    {
        private readonly Lock _lock = new();

        protected override void InsertItem(int index, Activity item)
        {
            lock (_lock) base.InsertItem(index, item);
        }

        public IReadOnlyList<Activity> Snapshot()
        {
            lock (_lock) return this.ToList();
        }
    }
}
