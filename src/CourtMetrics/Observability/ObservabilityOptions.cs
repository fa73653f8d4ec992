using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CourtMetrics.Observability;

/// <summary>
/// Configuration section "Observability", checked at start: who may scrape /metrics, where traces and metrics are
/// pushed (OTLP) and whether the console log is JSON.
/// </summary>
public sealed class ObservabilityOptions : IValidatableObject
{
    public const string Section = "Observability";
    public const string ScrapePath = "/metrics";
    public const int MaxNetworks = 100;
    public const int MinTokenLength = 16;

    /// <summary>Networks (CIDR) whose hosts may scrape without a token. None given: loopback only, which lets a
    /// Prometheus or an agent on the same machine in, and nobody else.</summary>
    public string[] MetricsAllowedNetworks { get; set; } = [];

    /// <summary>A secret that also lets a scraper in from anywhere, sent as "Authorization: Bearer &lt;token&gt;"; empty = none.</summary>
    public string? MetricsBearerToken { get; set; }

    /// <summary>An OTLP collector's address (e.g. http://collector:4317) for traces and metrics; empty = the standard
    /// OTEL_EXPORTER_OTLP_ENDPOINT variable, and without that nothing is pushed.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Whether requests, queries and jobs are traced. Unset: when traces have somewhere to go (an OTLP
    /// collector). Spans nobody collects cost the app about as much again on a read-heavy load (measured: the demo
    /// sweep of every chart image took twice as long), so they are not made for nothing.</summary>
    public bool? Traces { get; set; }

    /// <summary>One JSON object a line on the console (as Logging:Console:FormatterName = json does).</summary>
    public bool JsonLogs { get; set; }

    // The default is applied here rather than in the property: configuration adds array items to a property's own.
    // A method, since validation reads every property, this one's unparsed networks too.
    public IReadOnlyList<IPNetwork> AllowedNetworks() =>
        (MetricsAllowedNetworks.Length > 0 ? MetricsAllowedNetworks : ["127.0.0.0/8", "::1/128"]).Select(n => IPNetwork.Parse(n)).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MetricsAllowedNetworks.Length > MaxNetworks)
            yield return new ValidationResult($"{Section}:MetricsAllowedNetworks: at most {MaxNetworks} networks.");
        foreach (var network in MetricsAllowedNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"{Section}:MetricsAllowedNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8).");
        if (MetricsBearerToken is { Length: > 0 and < MinTokenLength })
            yield return new ValidationResult($"{Section}:MetricsBearerToken: at least {MinTokenLength} characters.");
        if (OtlpEndpoint is { Length: > 0 } endpoint && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
            yield return new ValidationResult($"{Section}:OtlpEndpoint: '{endpoint}' is not an absolute address.");
    }
}
