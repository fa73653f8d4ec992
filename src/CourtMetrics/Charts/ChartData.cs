using CourtMetrics.Database;
using CourtMetrics.Metrics;
using Dapper;
using Npgsql;

namespace CourtMetrics.Charts;

/// <summary>What a chart draws: the series the page gets (through the shared MeasureCache), and the names of its scope.</summary>
public sealed record ChartData(MeasureSeries Series, string ScopeName, string? CategoryName, DateTimeOffset? AsOf);

public sealed class UnknownChartScopeException(string scope) : Exception($"There is no {scope}.");

public sealed class ChartDataReader(MeasureCache measures, NpgsqlDataSource dataSource, SqlFiles sql, ChartText text)
{
    private sealed class Names
    {
        public string? Region { get; init; }
        public string[]? Courts { get; init; }
        public string? Category { get; init; }
    }

    public async Task<ChartData> ReadAsync(ChartRequest request, DataStamp stamp, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var series = await measures.GetAsync(query, cancellationToken);
        Names names;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            names = await connection.QuerySingleAsync<Names>(new CommandDefinition(sql["charts/scope-names"],
                new { regionId = query.RegionId, courtIds = query.CourtIds ?? [], category = query.Category }, cancellationToken: cancellationToken));
        if ((query.RegionId is not null && names.Region is null) || (query.CourtIds is { } ids && (names.Courts?.Length ?? 0) < ids.Length))
            throw new UnknownChartScopeException(query.ScopeText);
        var scopeName = text.ScopeName(request.Image.Language, names.Region, names.Courts);
        return new ChartData(series, scopeName, names.Category, stamp.AsOf);
    }
}
