using CourtMetrics.Tests.Support;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using CourtMetrics.Database;
using CourtMetrics.Ingest;
using CourtMetrics.Tests.Ingest;
using CourtMetrics.YearlyStatistics;
using Xunit.Abstractions;

namespace CourtMetrics.Tests.YearlyStatistics;

/// <summary>
/// CNJ "Justiça em Números", federal justice by section (shared/data/public/br-cnj-justica-em-numeros-federal),
/// imported unedited through the product's import with a header mapping, then every published indicator of
/// every court-year reproduced by the product's formulas at CNJ's 5-decimal rounding. CNJ's own arithmetic is not
/// exact: 23 published figures are one unit off in the 5th decimal (e.g. TRF5_AL_2012 iad1je 1.153326… published
/// 1,15332) and large g7 figures carry about seven significant digits (TRF1_DF_2022 g7 119.409755 published
/// 119,40977), so a figure agrees when our value rounded to 5 decimals is within one unit of the 5th decimal plus
/// one millionth of the value. The three iad1je figures CNJ itself lists apart differ by 3–5 units and must fail.
/// </summary>
public sealed class CnjPublishedIndicatorsTests(IngestApp app, ITestOutputHelper output) : IClassFixture<IngestApp>
{
    private const string Folder = "br-cnj-justica-em-numeros-federal";
    private const string File = "JF_Secao_31_Ago_2023.csv";

    public static readonly ImportOptions CnjImport = new()
    {
        Kind = "yearly-statistics", Encoding = "windows-1252", Delimiter = ';', DecimalComma = true,
        Columns = new Dictionary<string, string>
        {
            ["unit"] = "Sigla+secao",   // TRF1_DF: the key `chave` without its year
            ["year"] = "ano", ["unit_name"] = "secao", ["unit_kind"] = "'section'", ["parent_unit"] = "Sigla",
            ["incoming"] = "cn1+cnje", ["resolved"] = "tbaix1+tbaixje", ["pending_end"] = "cp1+cpje",
            ["spending"] = "Dpj", ["population"] = "h1", ["gdp"] = "pib", ["judges"] = "mag1je",
        },
    };

    // CNJ's own iad1je differs from (tbaix1+tbaixje)/(cn1+cnje) in the 4th decimal for these (see the data's README).
    private static readonly string[] KnownDifferences = ["TRF1_AC_2016 iad1je", "TRF1_RO_2016 iad1je", "TRF1_RR_2016 iad1je"];

    public static string DataFile() => PublicData.File(Folder, File);

    [Fact]
    public async Task Every_published_indicator_of_every_court_year_is_reproduced_but_the_three_known_ones()
    {
        var report = await app.ImportAsync(System.IO.File.OpenRead(DataFile()), CnjImport);
        Assert.True(report.Written, report.Message);
        Assert.Equal((476L, 476L, 0L), (report.RowsRead, report.RowsInserted, report.RowsRejected));

        var lines = System.IO.File.ReadAllLines(DataFile(), Encoding.GetEncoding(1252));
        var header = lines[0].Split(';');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(';')).ToDictionary(p => p.First, p => p.Second)).ToList();
        var ours = new Dictionary<string, UnitSeries>();
        foreach (var unit in rows.Select(r => $"{r["Sigla"]}_{r["secao"]}").Distinct())
            ours[unit] = (await app.CreateClient().GetFromJsonAsync<UnitSeries>($"/api/yearly-statistics?unit={Uri.EscapeDataString(unit)}&from=2012&to=2022"))!;

        int compared = 0, exact = 0;
        var differences = new List<string>();
        foreach (var row in rows)
        {
            var year = int.Parse(row["ano"]);
            var values = ours[$"{row["Sigla"]}_{row["secao"]}"].Series.Points.Single(p => p.PeriodStart.Year == year).Values;
            foreach (var (published, measure) in new[]
            {
                ("iad1je", "clearance_rate"),
                ("tc1je", year <= 2015 ? "congestion_rate_cnj_2009" : "congestion_rate"),
                ("g7", "spending_per_inhabitant"),
                ("g1", "spending_share_of_gdp"),
            })
            {
                compared++;
                var expected = row[published] == "" ? (decimal?)null : decimal.Parse(row[published], new CultureInfo("pt-BR"));
                var actual = values[measure] is { } v ? Math.Round((decimal)v, 5, MidpointRounding.AwayFromZero) : (decimal?)null;
                if (expected == actual) exact++;
                else if (expected is null || actual is null || Math.Abs(expected.Value - actual.Value) > 0.00001m + Math.Abs(actual.Value) / 1_000_000m)
                    differences.Add($"{row["chave"]} {published}");
            }
        }

        output.WriteLine($"{compared} figures compared: {exact} equal at 5 decimals, {compared - exact - differences.Count} within CNJ's precision, {differences.Count} differ: {string.Join(", ", differences)}");
        Assert.Equal(476 * 4, compared);
        Assert.Equal(1876, exact);   // 476 × 4 less the 25 within precision and the 3 known (nulls included)
        Assert.Equal(KnownDifferences, differences);
    }
}
