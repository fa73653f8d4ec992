using CourtMetrics.Exports;
using CourtMetrics.Metrics;

namespace CourtMetrics.Charts;

/// <summary>
/// A chart's numbers as a table for CsvFile and XlsxFile: the page's series (period start and end, one column per
/// measure, shares as fractions) or a map's regions (code, name, value, target, class). Its title, subtitle (scope,
/// category, period, data as of) and source head a workbook; each measure's header carries its unit.
/// </summary>
public sealed class ChartTables(ChartDefinitions definitions, MetricCatalogue catalogue, ChartText text)
{
    public ExportTable Of(ChartRequest request, ChartData data)
    {
        var language = request.Image.Language;
        var table = data.Map is { } map ? MapTable(request, map) : SeriesTable(request, data);
        return table with
        {
            Title = text.Title(request, data.Standards),
            Notes = [text.Subtitle(request, data), text.Source(request.Chart, language)],
        };
    }

    private ExportTable SeriesTable(ChartRequest request, ChartData data)
    {
        var (measures, language) = (request.Chart.Measures, request.Image.Language);
        var columns = new List<ExportColumn>
        {
            new("period_start", definitions.Label("columnPeriodStart", language), ExportKind.Date),
            new("period_end", definitions.Label("columnPeriodEnd", language), ExportKind.Date),
        };
        columns.AddRange(measures.Select(id =>
        {
            var unit = catalogue.Find(id)!.Unit;
            return new ExportColumn(id, Labelled(text.MeasureName(id, language, data.Standards, request.Query.Category), unit, language), KindOf(unit));
        }));
        var rows = data.Series.Points.Select(point => (object?[])
            [point.PeriodStart, point.PeriodEnd, .. measures.Select(id => (object?)point.Values.GetValueOrDefault(id))]).ToList();
        return new ExportTable(columns, rows);
    }

    private ExportTable MapTable(ChartRequest request, MapData map)
    {
        var language = request.Image.Language;
        var metric = catalogue.Find(request.Chart.Measures[0])!;
        var kind = KindOf(metric.Unit);
        var valueLabel = Labelled(definitions.Label("columnValue", language), metric.Unit, language);
        ExportColumn[] columns =
        [
            new("region_code", definitions.Label("columnRegionCode", language), ExportKind.Text),
            new("region", definitions.Label("columnRegion", language), ExportKind.Text),
            new("value", valueLabel, kind),
            new("target", definitions.Label("columnTarget", language), kind),
            new("class", definitions.Label("columnMapClass", language), ExportKind.Text),
        ];
        var figures = map.Figures.Regions.ToDictionary(f => f.RegionId);
        var rows = map.Layout.Regions.Select(region => (object?[])
        [
            region.Code, map.Names.GetValueOrDefault(region.Id, region.Code), figures[region.Id].Value, map.Figures.Target,
            figures[region.Id].Class,
        ]).ToList();
        return new ExportTable(columns, rows);
    }

    private string Labelled(string name, string unit, string language) =>
        text.UnitLabel(unit, language) is { } shown ? $"{name} ({shown})" : name;

    private static ExportKind KindOf(string unit) => unit switch
    {
        "ratio" => ExportKind.Share,
        "days" => ExportKind.Days,
        _ => ExportKind.Number,
    };
}
