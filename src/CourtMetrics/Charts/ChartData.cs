using CourtMetrics.Annotations;
using CourtMetrics.Scopes;
using CourtMetrics.Database;
using CourtMetrics.Live;
using CourtMetrics.Maps;
using CourtMetrics.Accounts;
using CourtMetrics.Metrics;
using CourtMetrics.Reference;
using CourtMetrics.Targets;
using Dapper;
using Npgsql;

namespace CourtMetrics.Charts;

/// <summary>
/// What a chart draws: the series the page gets (through the shared MeasureCache), the names of its scope, and the
/// marks the page draws over it — the targets in force (/api/targets/effective) and the notes of the scope and the
/// scopes containing it in the period (/api/annotations) — and the time standards that name a share within one.
/// </summary>
public sealed record ChartData(MeasureSeries Series, string ScopeName, string? CategoryName, DateTimeOffset? AsOf,
    IReadOnlyDictionary<string, double> Targets, IReadOnlyList<Annotation> Annotations, TimeStandards Standards)
{
    /// <summary>A map's regions, their figures and names in the image's language; null for other charts.</summary>
    public MapData? Map { get; init; }
}

public sealed record MapData(MapLayout Layout, MapFigures Figures, IReadOnlyDictionary<short, string> Names);

/// <summary>A set of courts of which some do not exist: a chart names each of its courts, so it has none to draw.</summary>
public sealed class UnknownChartScopeException(string scope) : NotInCourtSystemException($"There is no {scope}.");

public sealed class ChartDataReader(MeasureCache measures, NpgsqlDataSource dataSource, SqlFiles sql, ChartText text,
    EffectiveTargets targets, AnnotationStore annotations, MetricCatalogue catalogue, RegionMaps maps, RegionFigures figures,
    CourtSystemReader courtSystem)
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
        // One court has its own targets and notes; a region, a set of courts and the nation the general targets.
        var scope = query.SingleScope ?? Scope.Nation;
        Names names;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            names = await connection.QuerySingleAsync<Names>(new CommandDefinition(sql["charts/scope-names"],
                new { regionId = query.RegionId, courtIds = query.CourtIds ?? [], category = query.Category, language = request.Image.Language }, cancellationToken: cancellationToken));
        if ((query.RegionId is not null && names.Region is null) || (query.CourtIds is { } ids && (names.Courts?.Length ?? 0) < ids.Length))
            throw new UnknownChartScopeException(query.ScopeText);
        var scopeName = text.ScopeName(request.Image.Language, names.Region, names.Courts);
        var inForce = await targets.OfAsync(scope.CourtId, query.Category, cancellationToken);
        var notes = await annotations.OfAsync(scope, query.From, query.To, cancellationToken);
        var standards = new TimeStandards(await courtSystem.TimeStandardsAsync());
        return new ChartData(series, scopeName, names.Category, stamp.AsOf, inForce, notes, standards)
        {
            Map = request.Chart.Kind == "map" ? await ReadMapAsync(request, cancellationToken) : null,
        };
    }

    /// <summary>Every region's figure (a map image needs the nation, so it shows every region).</summary>
    private async Task<MapData> ReadMapAsync(ChartRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var layout = await maps.OfAsync(AllowedScopes.All, cancellationToken);
        var map = await figures.ReadAsync(catalogue.Find(request.Chart.Measures[0])!, query.Category, query.From, query.To,
            layout.Regions.Select(r => r.Id).ToList(), cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var names = await connection.QueryAsync<(short Id, string Name)>(new CommandDefinition(sql["charts/region-names"],
            new { language = request.Image.Language }, cancellationToken: cancellationToken));
        return new MapData(layout, map, names.ToDictionary(n => n.Id, n => n.Name));
    }
}
