using System.IO.Compression;
using System.Net.Http.Json;
using CourtMetrics.Ingest;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// DataJud, Court of Justice of Roraima (shared/data/public/br-datajud-tjrr-cases): 229,933 decided cases imported
/// unedited through the product's case import, then the 2023 duration figures by instance read from /api/measures.
/// Each instance is a court (TJRR_G1 …) with one category whose time standard is 365 days.
/// </summary>
public sealed class TjrrApp : AppFactory
{
    public ImportReport Report { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        await using (var connection = await DataSource.OpenConnectionAsync())
            await connection.ExecuteAsync("""
                INSERT INTO regions (id, code, name, population) VALUES (1, 'RR', 'Roraima', 636707);
                INSERT INTO courts (id, code, name, region_id, level, population_served, judges) VALUES
                    (1, 'TJRR_G1', 'TJRR first instance', 1, 'district', 636707, 40),
                    (2, 'TJRR_JE', 'TJRR small-claims courts', 1, 'district', 636707, 10),
                    (3, 'TJRR_G2', 'TJRR appeals', 1, 'regional', 636707, 10),
                    (4, 'TJRR_TR', 'TJRR small-claims appeal panel', 1, 'regional', 636707, 3);
                INSERT INTO case_categories (id, code, name) VALUES (1, 'all', 'All classes');
                INSERT INTO time_standards (category_id, within_days, target_share) VALUES (1, 365, 0.9);
                """);
        var file = PublicData.File("br-datajud-tjrr-cases", "tjrr_judged_cases.csv.gz");
        await using var csv = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        Report = await Get<CsvImport>().ImportAsync(csv, new ImportOptions
        {
            Kind = "cases",
            AcceptValid = true,
            Columns = new Dictionary<string, string>
            {
                ["source_system"] = "tribunal",
                ["source_id"] = "grau+numero_processo",   // a case number is judged again at another instance
                ["court"] = "tribunal+grau",
                ["category"] = "'all'",
                ["filed_on"] = "data_ajuizamento",
                ["disposed_on"] = "data_julgamento",
                ["filing_channel"] = "'electronic'",       // codigo_formato = 1 (electronic file) on every row
            },
        });
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
        var report = app.Report;

        Assert.True(report.Written, report.Message);
        Assert.Equal(229_933, report.RowsRead);
        Assert.Equal(80_795, report.RowsInserted);
        Assert.Equal(149_138, report.RowsRejected);
        var totals = report.Totals.ToDictionary(t => t.Reason, t => t.Lines);
        Assert.Equal(220, totals["disposed before it was filed"]);
        Assert.Equal(148_947, totals["repeated row, identical to an earlier line: counted once"]);
        Assert.DoesNotContain(totals.Keys, reason => reason.StartsWith("duplicate id within the file with different values"));
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
