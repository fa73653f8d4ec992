using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Metrics;

public sealed record RankingQuery(string Family, short? RegionId, string? Category, DateOnly From, DateOnly To)
{
    public string Key => $"{Family}|{RegionId}|{Category}|{From:yyyy-MM-dd}|{To:yyyy-MM-dd}";
}

public sealed record RankedCourt(int CourtId, string Court, string Region, IReadOnlyDictionary<string, double?> Values);

/// <summary>Every measure of a family for each court (of a region, or all) over one period: the ranking table's rows.</summary>
public sealed record CourtRanking(string Family, string? Category, DateOnly From, DateOnly To, IReadOnlyList<string> Measures,
    IReadOnlyList<RankedCourt> Courts)
{
    /// <summary>Courts read at once: the ranking is read once per change and shared, so a few at a time is enough.</summary>
    private const int Parallel = 4;

    public static async Task<CourtRanking> ReadAsync(RankingQuery query, NpgsqlDataSource db, SqlFiles sql, MeasureReader reader)
    {
        List<(int Id, string Name, string Region)> courts;
        await using (var connection = await db.OpenConnectionAsync())
            courts = (await connection.QueryAsync<(int Id, string Name, string Region)>(
                sql["reference/courts-of-region"], new { query.RegionId })).ToList();
        var rows = new RankedCourt[courts.Count];
        IReadOnlyList<string> measures = [];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, courts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, cancellationToken) =>
            {
                var court = courts[i];
                var series = await reader.ReadAsync(new MeasureQuery(query.Family, [court.Id], null, query.Category, "range",
                    query.From, query.To), cancellationToken);
                measures = series.Measures;
                rows[i] = new RankedCourt(court.Id, court.Name, court.Region,
                    series.Points is [var point, ..] ? point.Values : series.Measures.ToDictionary(m => m, _ => (double?)null));
            });
        return new CourtRanking(query.Family, query.Category, query.From, query.To, measures, rows);
    }
}

/// <summary>The court rankings, read once per data change whatever the number of viewers (the measures' cache).</summary>
public sealed class CourtRankings(MeasureCache cache, NpgsqlDataSource db, SqlFiles sql, MeasureReader reader)
{
    public Task<CourtRanking> GetAsync(RankingQuery query, CancellationToken cancellationToken) =>
        cache.GetRankingAsync(query, () => CourtRanking.ReadAsync(query, db, sql, reader), cancellationToken);
}
