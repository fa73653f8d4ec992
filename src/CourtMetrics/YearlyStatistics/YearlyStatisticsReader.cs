using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.YearlyStatistics;

public sealed record StatisticsUnit(string Code, string Name, string Kind, string? Parent, int? FirstYear, int? LastYear);

/// <summary>A unit's yearly figures and measures, in the shape of /api/measures (one period per calendar year).</summary>
public sealed record UnitSeries(StatisticsUnit Unit, MeasureSeries Series);

public sealed class YearlyStatisticsReader(NpgsqlDataSource dataSource, SqlFiles sql, MetricCatalogue catalogue)
{
    public const string Family = "yearly-statistics";

    public async Task<IReadOnlyList<StatisticsUnit>> UnitsAsync(string? code = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StatisticsUnit>(sql["yearly-statistics/units"], new { unit = code })).ToList();
    }

    /// <summary>The unit's measures for each year it reported in [fromYear, toYear]; null for an unknown unit.</summary>
    public async Task<UnitSeries?> ReadAsync(string code, int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        var unit = (await UnitsAsync(code, cancellationToken)).SingleOrDefault();
        if (unit is null) return null;
        var measures = catalogue.Of(Family).Select(m => m.Id).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(sql["yearly-statistics/unit-measures"], new { unit = code, fromYear, toYear });
        var points = rows.Cast<IDictionary<string, object?>>().Select(row => new MeasurePoint(
            (DateOnly)row["period_start"]!, (DateOnly)row["period_end"]!,
            measures.ToDictionary(id => id, id => row[id] is { } v and not DBNull ? Convert.ToDouble(v) : (double?)null))).ToList();
        var series = new MeasureSeries(Family, $"unit:{code}", null, "year", new DateOnly(fromYear, 1, 1),
            new DateOnly(toYear, 12, 31), measures, points);
        return new UnitSeries(unit, series);
    }
}
