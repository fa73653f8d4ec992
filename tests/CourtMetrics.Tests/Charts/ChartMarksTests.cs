using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CourtMetrics.Live;
using CourtMetrics.Tests.Support;
using Dapper;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Charts;

/// <summary>
/// The targets and notes the page draws over a chart are in its image too, and an edit of either changes the image
/// and its ETag. The clearance rate of the nation this month is 50 % (ChartApp: 2 filed, 1 resolved).
/// </summary>
[Trait("Calendar", "today")]
public sealed class ChartMarksTests(ChartApp app) : IClassFixture<ChartApp>
{
    private readonly HttpClient _http = app.CreateClient();

    private static IEnumerable<XElement> Labelled(XDocument svg, string words) =>
        svg.Descendants().Where(e => e.Attribute("aria-label")?.Value == words);

    /// <summary>
    /// Horizontal lines drawn in a colour, as (middle y, segments): ScottPlot draws a line as a thin filled path, a
    /// dashed one as many short rectangles along one y.
    /// </summary>
    private static List<(double Y, int Segments)> HorizontalLines(XDocument svg, string colour) =>
        svg.Descendants().Where(e => e.Name.LocalName == "path"
                && new[] { e.Attribute("fill")?.Value, e.Attribute("stroke")?.Value }.Any(c => string.Equals(c, colour, StringComparison.OrdinalIgnoreCase)))
            .Select(e => (Points: Points(e), Segments: e.Attribute("d")!.Value.Count(c => c == 'M')))
            .Where(x => x.Points.Count >= 2 && x.Points.Max(p => p.Y) - x.Points.Min(p => p.Y) < 3 && x.Points.Max(p => p.X) - x.Points.Min(p => p.X) > 100)
            .Select(x => ((x.Points.Max(p => p.Y) + x.Points.Min(p => p.Y)) / 2, x.Segments)).ToList();

    /// <summary>The coordinates of a path of straight segments (none for curves, such as outlined glyphs).</summary>
    private static List<(double X, double Y)> Points(XElement e)
    {
        var d = e.Attribute("d")?.Value ?? "";
        if (d.Any(c => c is 'Q' or 'C' or 'Z')) return [];
        var numbers = d.Split([' ', ',', 'M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        if (numbers.Any(double.IsNaN)) return [];
        return numbers.Chunk(2).Where(c => c.Length == 2).Select(c => (c[0], c[1])).ToList();
    }

    private static double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task This_month_to_date_is_drawn_as_provisional_with_to_date_under_its_label()
    {
        var svg = XDocument.Parse(await _http.GetStringAsync("/api/charts/chart.svg?measures=clearance_rate&scope=nation&width=800&height=400"));

        var labels = svg.Descendants().Select(e => e.Attribute("aria-label")?.Value).OfType<string>().ToList();
        Assert.Single(labels, l => l.Contains("to date"));
        Assert.Contains(labels, l => l.Contains(DateTime.UtcNow.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))));
    }

    [Fact]
    public async Task The_svg_draws_the_target_line_in_the_target_colour_and_the_scopes_annotation_with_its_text()
    {
        var admin = await app.AdministratorClientAsync();
        (await admin.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.8, courtId = 21 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/annotations", new { scope = "region:2", date = Day(0, 1), text = "E-filing launched" })).EnsureSuccessStatusCode();

        var svg = XDocument.Parse(await _http.GetStringAsync("/api/charts/chart.svg?measures=clearance_rate&scope=court:21&width=800&height=400"));

        Assert.Single(Labelled(svg, "◎ 80.0%"));
        Assert.Single(Labelled(svg, "E-filing launched"));
        var target = Assert.Single(HorizontalLines(svg, "#b91c1c"));
        Assert.True(target.Segments > 10, $"a dashed line has many segments, not {target.Segments}");
        // The axis is labelled 0, 10 … 80 (%), a gridline each, from the bottom up: the target lies on the ninth.
        Assert.Equal(["0", "10", "20", "30", "40", "50", "60", "70", "80"],
            svg.Descendants().Select(e => e.Attribute("aria-label")?.Value).Where(l => l is { Length: <= 2 } && l.All(char.IsAsciiDigit)));
        var grid = svg.Descendants().Single(e => string.Equals(e.Attribute("stroke")?.Value, "#e4e7eb", StringComparison.OrdinalIgnoreCase));
        var gridYs = Points(grid).Select(p => p.Y).Distinct().OrderDescending().ToList();
        Assert.Equal(gridYs[8], target.Y, 0.5);
        // Another court of the region has the nation's default (100 %) and the same note; the nation has not the note.
        var other = await _http.GetStringAsync("/api/charts/chart.svg?measures=clearance_rate&scope=court:11&width=800&height=400");
        Assert.Contains("aria-label=\"◎ 100.0%\"", other);
        Assert.DoesNotContain("E-filing launched", other);
    }

    [Fact]
    public async Task A_target_edit_changes_the_charts_etag_and_an_old_copy_is_sent_again()
    {
        const string path = "/api/charts/views/overview/2.png?scope=region:1&width=400&height=240";
        var first = await _http.GetAsync(path);
        var etag = first.Headers.ETag!;
        var admin = await app.AdministratorClientAsync();

        (await admin.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.7 })).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        var again = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotEqual(etag, again.Headers.ETag);
        Assert.NotEqual(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_annotation_written_by_another_node_reaches_the_image_through_the_notices_channel()
    {
        const string path = "/api/charts/chart.svg?measures=incoming&scope=nation&width=800&height=400";
        await app.Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var etag = (await _http.GetAsync(path)).Headers.ETag!.Tag;

        // What another node's POST does: the row and the NOTIFY, without this node's endpoint.
        await using (var connection = await app.DataSource.OpenConnectionAsync())
            await connection.ExecuteAsync(app.Get<CourtMetrics.Database.SqlFiles>()["annotations/insert"],
                new { Scope = "nation", Date = DateOnly.Parse(Day(0, 1)), Text = "New procedure code", CreatedBy = "elsewhere" });

        var svg = await Eventually.ValueAsync(async () =>
        {
            var response = await _http.GetAsync(path);
            return response.Headers.ETag!.Tag != etag ? await response.Content.ReadAsStringAsync() : null;
        });
        Assert.Contains("aria-label=\"New procedure code\"", svg);
    }
}
