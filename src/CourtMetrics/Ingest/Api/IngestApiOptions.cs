using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Ingest.Api;

/// <summary>Limits of the ingestion API (section "IngestApi"): what one batch may hold (how often a key may send: Security:BatchesPerWindow).</summary>
public sealed class IngestApiOptions
{
    /// <summary>Items in one batch; more is refused with 413.</summary>
    [Range(1, 100_000)] public int MaxItems { get; set; } = 5000;
    /// <summary>Bytes of one request body; more is refused with 413 before it is parsed.</summary>
    [Range(1024, 256L * 1024 * 1024)] public long MaxBodyBytes { get; set; } = 8L * 1024 * 1024;
}
