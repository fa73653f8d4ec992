using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace CourtMetrics.Security;

/// <summary>Request caps and rate limits (configuration section "Security"), checked at start.</summary>
public sealed partial class SecurityOptions : IValidatableObject
{
    public const int MaxFrameAncestors = 50;

    /// <summary>
    /// Every request body's cap. The CSV upload (/api/imports) and the ingestion API raise it for themselves to their
    /// own explicit caps (Ingest:MaxFileBytes, IngestApi:MaxBodyBytes).
    /// </summary>
    [Range(1024, 1024L * 1024 * 1024)] public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Sign-in attempts per client IP address and window: slows password guessing across accounts.</summary>
    [Range(1, 100_000)] public int SignInsPerWindow { get; set; } = 10;
    [Range(1, 24 * 3600)] public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Chart images, data and packs (/api/charts/*) per client IP address and window: rendering is costly.</summary>
    [Range(1, 1_000_000)] public int ChartsPerWindow { get; set; } = 120;
    [Range(1, 24 * 3600)] public int ChartsWindowSeconds { get; set; } = 60;

    /// <summary>Batches one API key may send to the ingestion API per window; more are refused with 429 and Retry-After.</summary>
    [Range(1, 1_000_000)] public int BatchesPerWindow { get; set; } = 120;
    [Range(1, 24 * 3600)] public int BatchesWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Sites that may show the public showcase pages (the dashboards) in a frame: origins such as
    /// https://portal.example.kz or https://*.example.kz. Empty (the default): no site may, as everywhere else.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FrameAncestors.Length > MaxFrameAncestors)
            yield return new ValidationResult($"Security:FrameAncestors: at most {MaxFrameAncestors} sites.");
        // Only a bare origin: anything else (a path, a quote, a semicolon) would change the policy it is written into.
        foreach (var origin in FrameAncestors.Where(o => !Origin().IsMatch(o)))
            yield return new ValidationResult($"Security:FrameAncestors: '{origin}' is not an origin like https://portal.example.kz (scheme, host, optional port).");
    }

    [GeneratedRegex(@"^https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Origin();
}
