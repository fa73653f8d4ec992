using CourtMetrics.CaseFlow;

namespace CourtMetrics.Live;

/// <summary>What the server pushes to browsers.</summary>
public interface ILiveClient
{
    Task CaseFlowUpdated(CaseFlowSnapshot snapshot);
    Task MeasuresUpdated(MeasureUpdate update);
}
