using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Charts;

/// <summary>Chart images (configuration section "Charts"), checked at start.</summary>
public sealed class ChartsOptions
{
    /// <summary>Memory the rendered images of the current data may take; the least recently used go first past it.</summary>
    [Range(1, 4096)] public int CacheMegabytes { get; set; } = 64;

    /// <summary>A view's ZIP or PPTX holds at most this many charts (every view has fewer).</summary>
    [Range(1, 100)] public int MaxChartsPerPack { get; set; } = 24;
}
