using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Jobs;

public sealed record JobsOptions
{
    /// <summary>Hangfire's tables live in their own schema, apart from the product's.</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]*$")]
    public string Schema { get; init; } = "hangfire";

    /// <summary>False: this node enqueues jobs but another process runs them (as Node:Role = web implies).</summary>
    public bool RunServer { get; init; } = true;

    [Range(1, 64)]
    public int Workers { get; init; } = 2;

    /// <summary>Safety net: aggregate any cells a lost enqueue left behind.</summary>
    [Required]
    public string SweepCron { get; init; } = "* * * * *";

    /// <summary>How often the duration measures of past days left pending are computed (migration 0037).</summary>
    [Required]
    public string DurationDaysCron { get; init; } = "* * * * *";
}
