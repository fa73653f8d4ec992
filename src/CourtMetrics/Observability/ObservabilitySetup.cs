using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CourtMetrics.Observability;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, Npgsql, the .NET runtime and the product's own (ProductTelemetry),
/// scraped by Prometheus at /metrics on every node role and pushed by OTLP when a collector is configured; and the
/// console log as JSON lines when asked.
/// </summary>
public static class ObservabilitySetup
{
    public static void AddObservability(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ObservabilityOptions.Section);
        builder.Services.AddOptions<ObservabilityOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<ObservabilityOptions>() ?? new();
        if (options.JsonLogs)
            builder.Services.Configure<ConsoleLoggerOptions>(console => console.FormatterName = ConsoleFormatterNames.Json);

        // Without an endpoint of its own the exporter reads the standard OTEL_EXPORTER_OTLP_* variables.
        var otlp = options.OtlpEndpoint is { Length: > 0 } || builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        void Endpoint(OpenTelemetry.Exporter.OtlpExporterOptions exporter)
        {
            if (options.OtlpEndpoint is { Length: > 0 } endpoint) exporter.Endpoint = new Uri(endpoint);
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ProductTelemetry.Name, serviceVersion: Release.ProductVersion.Current));
        if (options.Traces ?? otlp)
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(ProductTelemetry.Name)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !IsRoutine(http.Request.Path))
                    .AddNpgsql();
                if (otlp) tracing.AddOtlpExporter(Endpoint);
            });
        telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(ProductTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter(Endpoint);
            });
    }

    /// <summary>Scrapes and health probes come every few seconds from machines: they would bury the people's requests.</summary>
    private static bool IsRoutine(PathString path) =>
        path.StartsWithSegments(ObservabilityOptions.ScrapePath) || path.StartsWithSegments("/health");
}
