using System.Globalization;
using CourtMetrics.CaseFlow;
using CourtMetrics.Metrics;
using ScottPlot;

namespace CourtMetrics.Charts;

/// <summary>The clearance-rate chart as an image, drawn from the same snapshot the browsers receive.</summary>
public static class ClearanceRateChart
{
    public static readonly Color Line = Color.FromHex("#1f5fbf");
    public static readonly Color Reference = Color.FromHex("#6b7280");

    /// <summary>Draws the chart; the measure's name and standard come from the metric catalogue.</summary>
    public static Plot Draw(CaseFlowSnapshot snapshot, MetricDefinition measure)
    {
        var plot = new Plot();
        var xs = snapshot.Points.Select(p => p.Period.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        // NaN leaves a gap where nothing came in: a clearance rate of "none" must not be drawn as 0 %.
        var ys = snapshot.Points.Select(p => p.ClearanceRate is { } r ? r * 100 : double.NaN).ToArray();

        var series = plot.Add.Scatter(xs, ys, Line);
        series.LineWidth = 2.5f;
        series.MarkerSize = snapshot.Points.Count > 40 ? 0 : 5;
        series.LegendText = measure.Name.En;
        var parity = plot.Add.HorizontalLine(100, 1.5f, Reference, LinePattern.Dashed);
        parity.LegendText = "100 % — as many resolved as filed";

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = "%";
        plot.Axes.SetLimitsY(0, Math.Max(150, ys.Where(double.IsFinite).DefaultIfEmpty(0).Max() * 1.1));
        plot.Title($"{measure.Name.En} — {snapshot.ScopeName}");
        plot.Axes.Bottom.Label.Text = Caption(snapshot, measure);
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static string Caption(CaseFlowSnapshot snapshot, MetricDefinition measure)
    {
        var period = snapshot.Granularity == "day" ? "by day, last 60 days" : "by month, last 36 months";
        var asOf = snapshot.AsOf is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "no data yet";
        return $"{period} · data as of {asOf} · {measure.Standard.Split(';')[0]} · source: CourtMetrics";
    }
}
