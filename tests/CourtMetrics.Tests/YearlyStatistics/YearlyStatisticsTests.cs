using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Ingest;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Ingest;
using CourtMetrics.YearlyStatistics;

namespace CourtMetrics.Tests.YearlyStatistics;

/// <summary>
/// Two peer countries and a section, 2022, hand-computed. PEER: clearance 900 ÷ 1000 = 0.9; disposition time
/// 365 × 600 ÷ 900 = 243.33 days; congestion 600 ÷ (600 + 900) = 0.4, before 2016 1 − 900 ÷ (1000 + 600) = 0.4375;
/// 2,000,000 ÷ 1,000,000 = 2 per inhabitant; ÷ 4e9 GDP = 0.0005; 1000 ÷ 20 judges = 50 cases per judge.
/// </summary>
public sealed class YearlyStatisticsTests(IngestApp app) : IClassFixture<IngestApp>
{
    private const string Csv = """
        unit,year,unit_name,unit_kind,parent_unit,incoming,resolved,pending_start,pending_end,spending,population,gdp,judges
        PEER,2022,Peer country,country,,1000,900,500,600,2000000.00,1000000,4000000000,20
        OTHER,2022,Other country,country,,1000,1100,500,400,1000000,1000000,1000000000,30
        OTHER-S1,2022,Section 1,section,OTHER,10,10,,5,,,,
        """;

    private readonly HttpClient _http = app.CreateClient();

    private async Task ImportOnceAsync()
    {
        var report = await app.ImportAsync(Csv, new ImportOptions { Kind = "yearly-statistics" });
        Assert.True(report.Written, report.Message);
    }

    [Fact]
    public async Task A_units_measures_follow_the_shared_formulas()
    {
        await ImportOnceAsync();

        var peer = (await _http.GetFromJsonAsync<UnitSeries>("/api/yearly-statistics?unit=PEER&from=2020&to=2023"))!;

        Assert.Equal(("Peer country", "country"), (peer.Unit.Name, peer.Unit.Kind));
        var year = Assert.Single(peer.Series.Points);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), (year.PeriodStart, year.PeriodEnd));
        Assert.Equal(0.9, year.Values["clearance_rate"]!.Value, 12);
        Assert.Equal(365 * 600 / 900.0, year.Values["disposition_time"]!.Value, 9);
        Assert.Equal(0.4, year.Values["congestion_rate"]!.Value, 12);
        Assert.Equal(0.4375, year.Values["congestion_rate_cnj_2009"]!.Value, 12);
        Assert.Equal(2.0, year.Values["spending_per_inhabitant"]!.Value, 12);
        Assert.Equal(0.0005, year.Values["spending_share_of_gdp"]!.Value, 12);
        Assert.Equal(50.0, year.Values["cases_per_judge"]!.Value, 12);
    }

    [Fact]
    public async Task Unknown_figures_give_no_measure_rather_than_zero()
    {
        await ImportOnceAsync();

        var section = (await _http.GetFromJsonAsync<UnitSeries>("/api/yearly-statistics?unit=OTHER-S1"))!;

        var year = Assert.Single(section.Series.Points);
        Assert.Equal("OTHER", section.Unit.Parent);
        Assert.Equal(1.0, year.Values["clearance_rate"]);
        Assert.Null(year.Values["pending_start"]);
        Assert.Null(year.Values["spending_per_inhabitant"]);
        Assert.Null(year.Values["cases_per_judge"]);
    }

    [Fact]
    public async Task Importing_the_same_statistics_again_changes_nothing()
    {
        await ImportOnceAsync();
        var stored = await app.StoredFactsAsync();

        var again = await app.ImportAsync(Csv, new ImportOptions { Kind = "yearly-statistics" });

        Assert.Equal((3L, 0L, 0L), (again.RowsUnchanged, again.RowsInserted, again.RowsUpdated));
        Assert.Equal(stored, await app.StoredFactsAsync());
    }

    [Fact]
    public async Task An_unknown_unit_is_404_by_name()
    {
        var response = await _http.GetAsync("/api/yearly-statistics?unit=ATLANTIS");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ATLANTIS", await response.Content.ReadAsStringAsync());
    }
}
