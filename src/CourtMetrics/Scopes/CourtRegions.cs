using System.Collections.Concurrent;
using Dapper;
using Npgsql;

namespace CourtMetrics.Scopes;

/// <summary>Court → region, to know which region views a change to a court touches. Reloaded on a new court.</summary>
public sealed class CourtRegions(NpgsqlDataSource dataSource)
{
    private volatile IReadOnlyDictionary<int, int> _regionOf = new Dictionary<int, int>();
    private readonly SemaphoreSlim _reload = new(1, 1);

    public async Task<IReadOnlySet<int>> RegionsOfAsync(IReadOnlySet<int> courtIds)
    {
        if (courtIds.Any(c => !_regionOf.ContainsKey(c))) await ReloadAsync();
        var map = _regionOf;
        return courtIds.Where(map.ContainsKey).Select(c => map[c]).ToHashSet();
    }

    /// <summary>The region of a court, or null if there is no such court.</summary>
    public async Task<int?> RegionOfAsync(int courtId)
    {
        if (!_regionOf.ContainsKey(courtId)) await ReloadAsync();
        return _regionOf.TryGetValue(courtId, out var region) ? region : null;
    }

    /// <summary>A scope and the scopes containing it: court:5 → court:5, region:2, nation.</summary>
    public async Task<string[]> WithEnclosingAsync(Scope scope)
    {
        if (scope.CourtId is not { } court) return scope.RegionId is null ? ["nation"] : [scope.ToString(), "nation"];
        if (!_regionOf.ContainsKey(court)) await ReloadAsync();
        return _regionOf.TryGetValue(court, out var region) ? [scope.ToString(), $"region:{region}", "nation"] : [scope.ToString(), "nation"];
    }

    /// <summary>Courts may have moved or gone (the court system changed): the next question reloads the map.</summary>
    public void Forget() => _regionOf = new Dictionary<int, int>();

    private async Task ReloadAsync()
    {
        await _reload.WaitAsync();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            var rows = await connection.QueryAsync<(int Court, short Region)>("SELECT id, region_id FROM courts");
            _regionOf = rows.ToDictionary(r => r.Court, r => (int)r.Region);
        }
        finally
        {
            _reload.Release();
        }
    }
}
