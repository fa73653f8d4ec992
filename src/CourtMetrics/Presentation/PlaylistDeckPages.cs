using CourtMetrics.Charts;
using CourtMetrics.CourtSystem;
using CourtMetrics.Metrics;

namespace CourtMetrics.Presentation;

/// <summary>
/// The pages of a playlist's deck from the current data: the title slide's headline figures as the player shows them
/// (the newest year with a value, "to date" while it runs, each with its unit), the charts, the closing QR code.
/// </summary>
public sealed class PlaylistDeckPages(ChartImages images, ChartDataReader reader, ChartText text, ChartDefinitions definitions,
    MetricCatalogue catalogue, CourtSystemStore courtSystem, TimeProvider clock)
{
    /// <summary>A slide and the charts it is drawn from (none for a closing slide).</summary>
    public sealed record Part(Slide Slide, IReadOnlyList<ChartRequest> Requests);

    public async Task<RenderedFile> BuildAsync(Playlist playlist, IReadOnlyList<Part> parts, string language, string address,
        string key, DataStamp stamp, CancellationToken cancellationToken)
    {
        var state = await courtSystem.StateAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pages = new List<PptxDeck.Page>();
        (ChartRequest Request, ChartData Data)? first = null;
        foreach (var part in parts)
        {
            var data = new List<ChartData>();
            foreach (var request in part.Requests) data.Add(await reader.ReadAsync(request, stamp, cancellationToken));
            if (part.Requests.Count > 0) first ??= (part.Requests[0], data[0]);
            switch (part.Slide.Kind)
            {
                case "title":
                    pages.Add(Title(part, data, language, state, today));
                    break;
                case "closing":
                    var (png, pixels) = PublicAddress.Png(address);
                    pages.Add(new PptxDeck.ClosingPage(definitions.Label("closingTitle", language), definitions.Label("closingHint", language), png, pixels, address));
                    break;
                default:
                    var chart = part.Requests[0];
                    var image = await images.GetAsync(chart, "png", stamp, cancellationToken);
                    pages.Add(new PptxDeck.ChartPage(text.Title(chart, data[0].Standards), image.Bytes, chart.Image.PixelWidth, chart.Image.PixelHeight));
                    break;
            }
        }
        // A playlist that does not open with its title slide gets the deck's plain one: its name, scope and period.
        if (parts[0].Slide.Kind != "title")
            pages.Insert(0, first is var (request, firstData)
                ? new PptxDeck.TitlePage($"{playlist.Name} — {firstData.ScopeName}", text.Subtitle(request, firstData), [])
                : new PptxDeck.TitlePage(playlist.Name, "", []));
        return new RenderedFile(PptxDeck.Build(language, pages),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", ChartImageCache.ETagOf(key, stamp));
    }

    /// <summary>As the slide writes it (numbers.js' bigValue): days whole, which a room reads better than tenths.</summary>
    private static double Shown(string unit, double value) => unit == "days" ? Math.Round(value, MidpointRounding.AwayFromZero) : value;

    /// <summary>The court system's name (else the scope's) and each headline figure of the newest year with a value.</summary>
    private PptxDeck.TitlePage Title(Part part, IReadOnlyList<ChartData> data, string language, SetUpState state, DateOnly today)
    {
        var figures = (part.Slide.Metrics ?? Playlist.Headline).Select(id =>
        {
            var metric = catalogue.Find(id)!;
            var series = data[part.Requests.ToList().FindIndex(r => r.Chart.Measures.Contains(id))];
            var point = series.Series.Points.LastOrDefault(p => p.Values.GetValueOrDefault(id) is not null);
            var name = text.MeasureName(id, language, series.Standards);
            return point is null
                ? (Value: "—", Name: name, Period: definitions.Label("noData", language))
                : (Value: text.ValueWithUnit(metric.Unit, Shown(metric.Unit, point.Values[id]!.Value), language, state.Currency), Name: name,
                   Period: ChartText.Period(point.PeriodStart, "year", language)
                           + (ChartRenderer.IsPartial(point, "year", today) ? $" {definitions.Label("toDate", language)}" : ""));
        }).ToList();
        // The period most figures cover heads the slide; a figure of another says its own.
        var period = figures.GroupBy(f => f.Period).OrderByDescending(g => g.Count()).First().Key;
        var scope = data.FirstOrDefault()?.ScopeName;
        var title = state.Names.GetValueOrDefault(language) ?? state.Names.Values.FirstOrDefault() ?? scope ?? "";
        return new PptxDeck.TitlePage(title, string.Join(" · ", new[] { definitions.Label("headline", language, period), scope }.OfType<string>()),
            figures.Select(f => new PptxDeck.Figure(f.Value, f.Name, f.Period == period ? null : f.Period)).ToList());
    }
}
