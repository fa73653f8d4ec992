namespace CourtMetrics.Simulation;

/// <summary>A generated case; its database id is assigned when it is copied.</summary>
public readonly record struct DemoCase(
    string SourceId, short CategoryId, DateOnly FiledOn, DateOnly? DisposedOn,
    bool Electronic, bool Extraterritorial, bool AiAssisted, DateOnly? JudgmentPublishedOn);

/// <summary>A generated hearing of the case at <paramref name="CaseIndex"/> in its court's list.</summary>
public readonly record struct DemoHearing(string SourceId, int CaseIndex, DateOnly HeldOn, bool Video);

public readonly record struct DemoBudgetLine(string SourceId, short FiscalYear, string Item, decimal Allocated, decimal Spent, DateOnly BookedOn);

public readonly record struct DemoPortalDay(DateOnly Day, int Visits);

/// <summary>Everything one court did during the history window.</summary>
public sealed record CourtHistory(
    DemoCourt Court,
    IReadOnlyList<DemoCase> Cases,
    IReadOnlyList<DemoHearing> Hearings,
    IReadOnlyList<DemoBudgetLine> BudgetLines,
    IReadOnlyList<DemoPortalDay> PortalUse);
