using CourtMetrics.Scopes;
using CourtMetrics.Accounts;

namespace CourtMetrics.Live;

/// <summary>
/// Who is told of an alert as it is raised: the connections of users who see everything, and a viewer's connections
/// when the alert's scope is one it may see (a court's alert reaches the viewers of its court and of its region).
/// </summary>
public static class AlertAudience
{
    public const string Everything = "alerts|everything";

    private static string Of(string scope) => $"alerts|{scope}";

    /// <summary>The groups a connection joins.</summary>
    public static IEnumerable<string> GroupsOf(AllowedScopes allowed) => allowed.Everything ? [Everything] : allowed.Names.Select(Of);

    /// <summary>The viewers' groups an alert of this scope goes to (besides <see cref="Everything"/>).</summary>
    public static async Task<IReadOnlyList<string>> ViewerGroupsOfAsync(string scope, CourtRegions regions)
    {
        if (scope.StartsWith("region:", StringComparison.Ordinal)) return [Of(scope)];
        if (!scope.StartsWith("court:", StringComparison.Ordinal) || !int.TryParse(scope["court:".Length..], out var court)) return [];
        return await regions.RegionOfAsync(court) is { } region ? [Of(scope), Of($"region:{region}")] : [Of(scope)];
    }
}
