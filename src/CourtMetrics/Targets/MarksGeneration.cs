namespace CourtMetrics.Targets;

/// <summary>
/// Counts the edits of targets and annotations this node has seen: its own at once (the editing endpoints bump it
/// before they answer) and every node's through the notices channel. Chart images draw both, so their cache drops
/// its images when the count moves.
/// </summary>
public sealed class MarksGeneration
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}
