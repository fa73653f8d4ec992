using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.YearlyStatistics;

public sealed record StatisticsUnit(string Code, string Name, string Kind, string? Parent, int? FirstYear, int? LastYear);

/// <summary>A unit's yearly figures and measures, in the shape of /api/measures (one period per calendar year).</summary>
public sealed record UnitSeries(StatisticsUnit Unit, MeasureSeries Series);

/// <summary>
/// Units without case-level data (peer courts, other countries, CNJ sections) feed the same catalogue measures as
/// the product's own courts, through the same formula functions (cm_yearly_measures in 0006).
/// </summary>
public sealed class YearlyStatisticsReader(NpgsqlDataSource dataSource, SqlFiles sql, MetricCatalogue catalogue)
{
    /// <summary>The catalogue measures a year's figures give: the columns of cm_yearly_measures.</summary>
    public static readonly string[] Measures =
    [
        "incoming", "resolved", "pending_start", "pending_end", "clearance_rate", "disposition_time",
        "congestion_rate", "congestion_rate_cnj_2009", "cases_per_judge", "spending_per_inhabitant", "spending_share_of_gdp",
    ];

    private readonly IReadOnlyList<string> _measures = Measures.All(id => catalogue.Find(id) is not null)
        ? Measures
        : throw new InvalidOperationException(
            $"Yearly statistics name measures the catalogue lacks: {string.Join(", ", Measures.Where(id => catalogue.Find(id) is null))}");

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
        var measures = _measures;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(sql["yearly-statistics/unit-measures"], new { unit = code, fromYear, toYear });
        var points = MeasurePoint.FromRows(rows, measures);
        var series = new MeasureSeries("yearly-statistics", $"unit:{code}", null, "year", new DateOnly(fromYear, 1, 1),
            new DateOnly(toYear, 12, 31), measures, points);
        return new UnitSeries(unit, series);
    }
}
