using CourtMetrics.Targets;

namespace CourtMetrics.Live;

/// <summary>What the server pushes to browsers.</summary>
public interface ILiveClient
{
    Task MeasuresUpdated(MeasureUpdate update);
    Task AlertsRaised(IReadOnlyList<Alert> alerts);
    Task TargetsChanged();
    /// <summary>The notes of this scope changed: charts of it and of the scopes inside it read them again.</summary>
    Task AnnotationsChanged(string scope);
    /// <summary>A new data version: the page's "data as of" moves on even when none of the series it shows changed.</summary>
    Task DataChanged(long version, DateTimeOffset? asOf);
}
