using CourtMetrics.CaseFlow;
using CourtMetrics.Live;
using CourtMetrics.Metrics;
using ScottPlot;

namespace CourtMetrics.Charts;

public static class ChartsSetup
{
    public const int MinSize = 200;
    public const int MaxSize = 4096;

    public static void AddCharts(this IServiceCollection services)
    {
        // DejaVu Sans covers Latin, Kazakh and Russian Cyrillic; the default resolves to a serif face.
        Fonts.Default = "DejaVu Sans";
    }

    public static void MapCharts(this WebApplication app)
    {
        app.MapGet("/api/charts/clearance-rate.{format}", async (string format, string? scope, string? granularity,
                int? width, int? height, SnapshotStore snapshots, MetricCatalogue catalogue) =>
            {
                var (w, h) = (width ?? 1200, height ?? 600);
                if (format is not ("png" or "svg"))
                    return Problem($"format '{format}' is not png or svg", StatusCodes.Status404NotFound);
                if (w is < MinSize or > MaxSize || h is < MinSize or > MaxSize)
                    return Problem($"width and height must be between {MinSize} and {MaxSize} pixels (got {w}×{h})");
                if (!ViewKey.TryParse(scope, granularity, out var key, out var error)) return Problem(error);
                CaseFlowSnapshot snapshot;
                try
                {
                    snapshot = await snapshots.GetAsync(key);
                }
                catch (UnknownScopeException e)
                {
                    return Problem(e.Message, StatusCodes.Status404NotFound);
                }
                // a Plot is not thread-safe: one per render
                var plot = ClearanceRateChart.Draw(snapshot, catalogue.Find("clearance_rate")!);
                var name = $"clearance-rate-{snapshot.Scope.Replace(':', '-')}-{snapshot.Granularity}.{format}";
                return format == "png"
                    ? Results.File(plot.GetImageBytes(w, h, ImageFormat.Png), "image/png", name)
                    : Results.File(System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(w, h)), "image/svg+xml", name);
            })
            .WithName("GetClearanceRateChart")
            .WithTags("Charts")
            .WithSummary("The clearance-rate chart of a scope as PNG or SVG, width and height 200–4096 px.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(detail, statusCode: status, title: "Invalid chart request");
}
