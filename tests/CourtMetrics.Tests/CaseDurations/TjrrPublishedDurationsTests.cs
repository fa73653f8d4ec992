using System.Net.Http.Json;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// DataJud, Court of Justice of Roraima (shared/data/public/br-datajud-tjrr-cases): its court system and 229,933
/// decided cases loaded by the commands of docs/real-data.md, then the 2023 duration figures by instance read from
/// /api/measures. Each instance is a court (TJRR_G1 …) with one category whose time standard is 365 days.
/// </summary>
public sealed class TjrrApp : AppFactory
{
    /// <summary>What the commands of docs/real-data.md printed.</summary>
    public string Output { get; private set; } = "";

    protected override async Task SeedAsync()
    {
        Output = await DocumentedCommands.RunAsync(Services, "Court of Justice of Roraima");
        await AggregateAsync();
    }
}

public sealed class TjrrPublishedDurationsTests(TjrrApp app) : IClassFixture<TjrrApp>
{
    // The data's README (Python statistics.quantiles, n = 20, exclusive), and what the product shows. Repeated rows are
    // counted once by the product; the README counted them: G1 has 53,017 of them among 2023's judgments, the other
    // instances none, so G2, JE and TR agree to the last digit and G1 differs only by the repeats.
    public static readonly TheoryData<string, int, double, double, double, double> Published = new()
    {
        //          README: cases   median  p75   p90    ≤365d  | product (repeats counted once)
        { "TJRR_G2", 4_131, 79, 196, 459, 0.865 },
        { "TJRR_JE", 5_002, 57, 104, 264.7, 0.921 },
        { "TJRR_TR", 1_245, 55, 88, 112.4, 0.991 },
        { "TJRR_G1", 10_016, 122, 296, 556, 0.811 },   // README, counting each repeat: 63,033 · 205 · 377 · 569 · 0.734
    };

    [Fact]
    public void The_import_reports_the_negative_durations_and_the_repeated_rows_and_counts_neither()
    {
        var output = app.Output;

        Assert.Contains("cases: 229,933 rows read, 80,795 inserted, 0 updated, 0 unchanged, 149,138 rejected.", output);
        Assert.Matches(@"\n  disposed before it was filed: [\d,]+ \(220 lines\)", output);
        Assert.Matches(@"\n  repeated row, identical to an earlier line: counted once: [\d,]+ \(148,947 lines\)", output);
        Assert.DoesNotContain("duplicate id within the file with different values", output);
    }

    [Theory]
    [MemberData(nameof(Published))]
    public async Task The_2023_durations_by_instance_match_the_published_figures(
        string court, int cases, double median, double p75, double p90, double within365)
    {
        var http = app.CreateClient();
        var id = await http.GetFromJsonAsync<List<CourtMetrics.Reference.CourtInfo>>("/api/courts");
        var scope = $"court:{id!.Single(c => c.Code == court).Id}";
        const string year = "granularity=range&from=2023-01-01&to=2023-12-31";

        var flow = await http.GetFromJsonAsync<MeasureSeries>($"/api/measures?family=case-flow&scope={scope}&{year}");
        var durations = await http.GetFromJsonAsync<MeasureSeries>($"/api/measures?family=case-durations&scope={scope}&{year}");

        Assert.Equal(cases, Assert.Single(flow!.Points).Values["resolved"]);
        var values = Assert.Single(durations!.Points).Values;
        Assert.Equal(median, values["duration_p50"]!.Value, 6);
        Assert.Equal(p75, values["duration_p75"]!.Value, 6);
        Assert.Equal(p90, values["duration_p90"]!.Value, 6);
        Assert.Equal(within365, Math.Round(values["within_standard_1"]!.Value, 3));
    }
}
