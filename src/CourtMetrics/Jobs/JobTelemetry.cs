using System.Diagnostics;
using CourtMetrics.Observability;
using Hangfire.Server;

namespace CourtMetrics.Jobs;

/// <summary>
/// A span around every Hangfire job run on this node and a count of runs by job and outcome
/// (courtmetrics.job.runs: succeeded, failed or cancelled); the job's own spans (an aggregation's steps, its SQL)
/// hang beneath it.
/// </summary>
public sealed class JobTelemetry : IServerFilter
{
    private const string SpanKey = "courtmetrics.span";

    public void OnPerforming(PerformingContext context)
    {
        var span = ProductTelemetry.Source.StartActivity($"job {NameOf(context)}", ActivityKind.Internal);
        span?.SetTag("job.id", context.BackgroundJob.Id);
        if (span is not null) context.Items[SpanKey] = span;
    }

    public void OnPerformed(PerformedContext context)
    {
        var outcome = context.Canceled ? "cancelled" : context.Exception is null ? "succeeded" : "failed";
        ProductTelemetry.JobRuns.Add(1, ProductTelemetry.Tag("job", NameOf(context)), ProductTelemetry.Tag("outcome", outcome));
        if (context.Items.TryGetValue(SpanKey, out var item) && item is Activity span)
        {
            if (context.Exception is { } e) span.SetStatus(ActivityStatusCode.Error, e.Message);
            span.SetTag("job.outcome", outcome);
            span.Dispose();
        }
    }

    /// <summary>Type and method ("Aggregator.AggregateTouchedAsync"): a few names, whatever the number of runs.</summary>
    private static string NameOf(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
