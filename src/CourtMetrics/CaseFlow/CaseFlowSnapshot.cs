namespace CourtMetrics.CaseFlow;

/// <summary>Case flow of one period. Clearance rate = resolved ÷ incoming; none when nothing came in.</summary>
public sealed record CaseFlowPoint(DateOnly Period, int Incoming, int Resolved, int Pending)
{
    public double? ClearanceRate => Incoming == 0 ? null : (double)Resolved / Incoming;
}

/// <summary>Everything a case-flow view shows, read once per data change and shared by all its viewers.</summary>
public sealed record CaseFlowSnapshot(
    string Scope,
    string ScopeName,
    string Granularity,
    long Version,
    DateTimeOffset? AsOf,
    IReadOnlyList<CaseFlowPoint> Points);
