using CourtMetrics.Accounts;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Maps;

/// <summary>
/// The regions' map (MapLayout) of what a user may see: the whole court system's, projected once per change of the
/// regions (map_version, migration 0038) and kept; a viewer limited to some regions gets a map of those alone.
/// </summary>
public sealed class RegionMaps(NpgsqlDataSource db, SqlFiles sql)
{
    private sealed record Kept(long Version, IReadOnlyList<RegionPlace> Places, MapLayout Whole);

    private volatile Kept? _kept;

    public async Task<MapLayout> OfAsync(AllowedScopes allowed, CancellationToken cancellationToken = default)
    {
        var kept = await CurrentAsync(cancellationToken);
        return allowed.Everything ? kept.Whole : MapLayout.Of(kept.Places.Where(p => allowed.RegionIds.Contains(p.Id)).ToList());
    }

    private async Task<Kept> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var version = await connection.QuerySingleAsync<long>(new CommandDefinition(sql["maps/version"], cancellationToken: cancellationToken));
        if (_kept is { } kept && kept.Version == version) return kept;
        var places = (await connection.QueryAsync<RegionPlace>(new CommandDefinition(sql["maps/places"], cancellationToken: cancellationToken))).ToList();
        // Two requests at a change may both project; either result is the same map.
        return _kept = new Kept(version, places, MapLayout.Of(places));
    }
}
