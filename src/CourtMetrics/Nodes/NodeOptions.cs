using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Nodes;

/// <summary>
/// What this process does, configuration section "Node". Every role serves /health and /metrics; the others add:
/// web — pages, APIs, the live hub (jobs it enqueues run elsewhere); worker — the Hangfire server and the demo
/// simulator, no pages; both — everything (one machine, the default).
/// </summary>
public sealed record NodeOptions
{
    public const string Section = "Node";

    [Required, RegularExpression("^(web|worker|both)$", ErrorMessage = "Node:Role must be web, worker or both.")]
    public string Role { get; init; } = "both";

    /// <summary>
    /// A folder every web node shares (a volume) for the keys that sign the administrators' session cookies; empty =
    /// this node's own keys, so a cookie issued by one web node is not accepted by another.
    /// </summary>
    public string? KeysDirectory { get; init; }

    /// <summary>Runs background work: aggregation jobs and the simulator's ticks.</summary>
    public bool RunsWork => Role is "worker" or "both";

    /// <summary>Answers people and their browsers: pages, APIs and the live hub.</summary>
    public bool ServesUsers => Role is "web" or "both";

    public static NodeOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<NodeOptions>() ?? new();
}
