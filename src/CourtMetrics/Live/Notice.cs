using System.Text.Json;

namespace CourtMetrics.Live;

/// <summary>A NOTIFY on the notices channel: alerts just raised (their ids), targets edited, or the annotations of a scope edited.</summary>
public sealed record Notice(IReadOnlyList<long> AlertIds, bool TargetsChanged, string? AnnotationsScope)
{
    public static Notice? Parse(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            var alerts = root.TryGetProperty("alerts", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetInt64()).ToList()
                : [];
            var targets = root.TryGetProperty("targets", out var t) && t.ValueKind == JsonValueKind.True;
            var scope = root.TryGetProperty("annotations", out var s) ? s.GetString() : null;
            return alerts.Count > 0 || targets || scope is not null ? new Notice(alerts, targets, scope) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
