using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Security;

/// <summary>Request caps and rate limits (configuration section "Security"), checked at start.</summary>
public sealed class SecurityOptions
{
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
}
