using System.Collections.Concurrent;
using Dapper;
using Npgsql;

namespace CourtMetrics.Live;

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
