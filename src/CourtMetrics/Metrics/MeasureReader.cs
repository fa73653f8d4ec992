using CourtMetrics.Database;
using CourtMetrics.Observability;
using Dapper;
using CourtMetrics.Scopes;
using Npgsql;

namespace CourtMetrics.Metrics;

public sealed record MeasurePoint(DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyDictionary<string, double?> Values)
{
    /// <summary>The points of a measures query: period_start, period_end and one column per measure id.</summary>
    public static IReadOnlyList<MeasurePoint> FromRows(IEnumerable<dynamic> rows, IReadOnlyList<string> measures) =>
        rows.Cast<IDictionary<string, object?>>().Select(row => new MeasurePoint(
            (DateOnly)row["period_start"]!,
            (DateOnly)row["period_end"]!,
            measures.ToDictionary(id => id, id => row.TryGetValue(id, out var v) && v is not null and not DBNull ? Convert.ToDouble(v) : (double?)null)))
            .ToList();
}

public sealed record MeasureSeries(
    string Family,
    string Scope,
    string? Category,
    string Granularity,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Measures,
    IReadOnlyList<MeasurePoint> Points);

public sealed class UnknownCategoryException(string category) : NotInCourtSystemException($"There is no case category '{category}'.");

/// <summary>Runs a family's measures.sql for a query and keeps exactly the columns the catalogue defines.</summary>
public sealed class MeasureReader(NpgsqlDataSource dataSource, SqlFiles sql, MetricCatalogue catalogue)
{
    public async Task<MeasureSeries> ReadAsync(MeasureQuery query, CancellationToken cancellationToken = default)
    {
        ProductTelemetry.MeasureReads.Add(1, ProductTelemetry.Tag("family", query.Family));
        var measures = catalogue.Of(query.Family).Select(m => m.Id).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One court or region must exist (a set of courts may name none that does: it then counts nothing).
        if (query.SingleScope is { } scope && await connection.QuerySingleOrDefaultAsync<string>(sql["reference/scope-name"],
                new { scope.CourtId, RegionId = (short?)scope.RegionId }) is null)
            throw new UnknownScopeException(scope);
        short? categoryId = null;
        if (query.Category is not null)
            categoryId = await connection.QuerySingleOrDefaultAsync<short?>(sql["reference/category-id"], new { query.Category })
                ?? throw new UnknownCategoryException(query.Category);
        var rows = await connection.QueryAsync(new CommandDefinition(sql[$"{query.Family}/measures"], new
        {
            courtIds = query.CourtIds,
            regionId = query.RegionId,
            categoryId,
            granularity = query.Granularity,
            from = query.From,
            to = query.To,
        }, cancellationToken: cancellationToken, commandTimeout: 120));
        var points = MeasurePoint.FromRows(rows, measures);
        return new MeasureSeries(query.Family, query.ScopeText, query.Category, query.Granularity, query.From, query.To, measures, points);
    }
}
