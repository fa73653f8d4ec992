using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using CourtMetrics.Tests.YearlyStatistics;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>Brazil's Federal Justice loaded by the commands of docs/real-data.md, on a database of its own.</summary>
public sealed class BrazilFederalJusticeApp : AppFactory
{
    public string Output { get; private set; } = "";

    protected override async Task SeedAsync() => Output = await DocumentedCommands.RunAsync(Services, "Brazil's Federal Justice");
}

/// <summary>
/// The dashboard's own measures of the sections (courts) and regional federal courts (regions), read by year from
/// /api/measures, against CNJ's published indicators of every section-year and against the same formulas over the
/// sum of each region's sections. The agreement rule and the three figures CNJ itself computed otherwise are those
/// of CnjPublishedIndicatorsTests.
/// </summary>
public sealed class BrazilFederalJusticeTests(BrazilFederalJusticeApp app) : IClassFixture<BrazilFederalJusticeApp>
{
    private static readonly CultureInfo Brazil = new("pt-BR");
    private readonly HttpClient _http = app.CreateClient();

    private static List<Dictionary<string, string>> SectionRows()
    {
        var lines = File.ReadAllLines(CnjPublishedIndicatorsTests.DataFile(), Encoding.GetEncoding(1252));
        var header = lines[0].Split(';');
        return lines.Skip(1).Select(l => header.Zip(l.Split(';')).ToDictionary(p => p.First, p => p.Second))
            .Where(r => r["secao"].Length == 2 && r["secao"] != "2º").ToList();
    }

    private async Task<Dictionary<int, IReadOnlyDictionary<string, double?>>> YearsAsync(string scope)
    {
        var years = new Dictionary<int, IReadOnlyDictionary<string, double?>>();
        foreach (var family in new[] { "case-flow", "budget" })
        {
            var series = await _http.GetFromJsonAsync<MeasureSeries>($"/api/measures?family={family}&scope={scope}&granularity=year&from=2012-01-01&to=2022-12-31");
            foreach (var point in series!.Points)
                years[point.PeriodStart.Year] = years.TryGetValue(point.PeriodStart.Year, out var known)
                    ? known.Concat(point.Values).ToDictionary() : point.Values;
        }
        return years;
    }

    private async Task<Dictionary<string, int>> IdsAsync(string list) =>
        (await _http.GetFromJsonAsync<List<Entry>>($"/api/{list}"))!.ToDictionary(e => e.Code, e => e.Id);

    private sealed record Entry(int Id, string Code);

    private static string Measure(string published, int year) => published switch
    {
        "iad1je" => "clearance_rate",
        "tc1je" => year <= 2015 ? "congestion_rate_cnj_2009" : "congestion_rate",
        "g7" => "spending_per_inhabitant",
        _ => "spending_share_of_gdp",
    };

    [Fact]
    public async Task Every_section_year_shows_CNJs_published_indicators_and_only_non_sections_were_left_out()
    {
        Assert.Contains("476 rows read, 297 inserted, 0 updated, 0 unchanged, 179 rejected", app.Output);
        var courts = await IdsAsync("courts");
        Assert.Equal(28, courts.Count);
        var rows = SectionRows();
        Assert.Equal(297, rows.Count);

        int compared = 0;
        var differences = new List<string>();
        foreach (var section in rows.GroupBy(r => $"{r["Sigla"]}_{r["secao"]}"))
        {
            var ours = await YearsAsync($"court:{courts[section.Key]}");
            foreach (var row in section)
            {
                var year = int.Parse(row["ano"]);
                foreach (var published in new[] { "iad1je", "tc1je", "g7", "g1" })
                {
                    compared++;
                    var expected = row[published] == "" ? (decimal?)null : decimal.Parse(row[published], Brazil);
                    var value = ours[year][Measure(published, year)];
                    var actual = value is { } v ? Math.Round((decimal)v, 5, MidpointRounding.AwayFromZero) : (decimal?)null;
                    if (expected != actual && (expected is null || actual is null
                            || Math.Abs(expected.Value - actual.Value) > 0.00001m + Math.Abs(actual.Value) / 1_000_000m))
                        differences.Add($"{row["chave"]} {published}: published {expected}, shown {actual}");
                }
            }
        }
        Assert.Equal(297 * 4, compared);
        Assert.Equal(["TRF1_AC_2016 iad1je", "TRF1_RO_2016 iad1je", "TRF1_RR_2016 iad1je"],
            differences.Select(d => d[..d.IndexOf(':')]).Order().ToList());
    }

    [Fact]
    public async Task Each_regional_federal_court_shows_the_formulas_over_the_sum_of_its_sections()
    {
        var regions = await IdsAsync("regions");
        Assert.Equal(6, regions.Count);
        decimal Sum(IEnumerable<Dictionary<string, string>> rows, params string[] columns) =>
            rows.Sum(r => columns.Sum(c => r[c] == "" ? 0 : decimal.Parse(r[c], Brazil)));

        foreach (var region in SectionRows().GroupBy(r => r["Sigla"]))
        {
            var ours = await YearsAsync($"region:{regions[region.Key]}");
            foreach (var year in region.GroupBy(r => int.Parse(r["ano"])))
            {
                var incoming = Sum(year, "cn1", "cnje");
                var resolved = Sum(year, "tbaix1", "tbaixje");
                var pending = Sum(year, "cp1", "cpje");
                var spending = Sum(year, "Dpj");
                decimal? Ratio(decimal a, decimal b) => b == 0 ? null : a / b;
                // TRF4 reported no case counts for 2019 (zeros, and no published rates): its rates are not shown.
                var expected = new Dictionary<string, decimal?>
                {
                    ["incoming"] = incoming, ["resolved"] = resolved, ["pending_end"] = pending,
                    ["clearance_rate"] = Ratio(resolved, incoming),
                    ["congestion_rate"] = Ratio(pending, pending + resolved),
                    ["congestion_rate_cnj_2009"] = 1 - Ratio(resolved, incoming + pending),
                    ["spending_per_inhabitant"] = Ratio(spending, Sum(year, "h1")),
                    ["spending_share_of_gdp"] = Ratio(spending, Sum(year, "pib")),
                };
                foreach (var (measure, value) in expected)
                {
                    var shown = ours[year.Key][measure];
                    Assert.True(value is null ? shown is null : shown is { } s && Math.Abs((decimal)s - value.Value) <= Math.Abs(value.Value) * 1e-9m,
                        $"{region.Key} {year.Key} {measure}: {value} expected, {shown} shown");
                }
            }
        }
    }
}
