namespace CourtMetrics.Targets;

/// <summary>
/// Told of the alerts a target evaluation has just raised, after they are committed, on the one node whose statement
/// raised them (record-states.sql returns their ids only there): what must happen once per alert starts here.
/// </summary>
public interface IAlertsRaised
{
    Task RaisedAsync(IReadOnlyList<long> alertIds, CancellationToken cancellationToken);
}
