namespace CourtMetrics.Simulation;

public enum SimulationPhase { Idle, Seeding, Backfilling, Live, Off }

/// <summary>What the page shows while the demo loads ("loading demo history… 42%").</summary>
public sealed record SimulationStatusReport(string Phase, int Percent, long CasesWritten, string? Detail);

/// <summary>The simulator's progress, written by its background service and read by the status endpoint.</summary>
public sealed class SimulationStatus
{
    private volatile SimulationStatusReport _current = new("idle", 0, 0, null);

    public SimulationStatusReport Current => _current;

    public SimulationPhase Phase => Enum.Parse<SimulationPhase>(_current.Phase, ignoreCase: true);

    public void Set(SimulationPhase phase, int percent = 0, long casesWritten = 0, string? detail = null) =>
        _current = new(phase.ToString().ToLowerInvariant(), Math.Clamp(percent, 0, 100), casesWritten, detail);

    public void Progress(int percent, long casesWritten) =>
        _current = _current with { Percent = Math.Clamp(percent, 0, 100), CasesWritten = casesWritten };
}
