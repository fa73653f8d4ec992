using System.Net.Http.Json;
using System.Text;
using CourtMetrics.Ingest;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Metrics;

/// <summary>
/// Courts with case rows and courts with reports in one scope, hand computed. North: N-1 (11) has case rows only;
/// N-2 (12) reported civil for 2023-Q1 (9 in, 6 out, 7 pending) and has a civil case inside that quarter (ignored:
/// the report takes precedence) and one after it. South: S-1 (21) reported 2023 for all categories (100 in, 80 out,
/// 30 → 50 pending, 20 of them beyond the standards) and 2022 (60 in, 30 of them e-filed; 50 out, 20 judgments published).
/// </summary>
public sealed class ReportedStatisticsApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await CourtSystemFixture.AddCasesAsync(DataSource,
            ("a", 11, 1, "2023-01-10", "2023-02-05"),
            ("b", 11, 2, "2023-03-03", null),
            ("c", 12, 1, "2023-02-14", "2023-02-20"),
            ("d", 12, 1, "2023-04-05", null));
        var csv = "court,category,period,incoming,resolved,pending_start,pending_end,e_filed,judgments_published,backlog\n" +
                  "S-1,,2023,100,80,30,50,,,20\nN-2,civil,2023-Q1,9,6,4,7,,,\nS-1,,2022,60,50,20,30,30,20,\n";
        var report = await Get<CsvImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ImportOptions { Kind = "reports" });
        Assert.True(report.Written, report.Message);
        await AggregateAsync();
    }
}

public sealed class ReportedStatisticsMeasuresTests(ReportedStatisticsApp app) : IClassFixture<ReportedStatisticsApp>
{
    private readonly HttpClient _http = app.CreateClient();

    private async Task<IReadOnlyList<MeasurePoint>> GetAsync(string query)
    {
        var response = await _http.GetAsync($"/api/measures?family=case-flow&{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeasureSeries>())!.Points;
    }

    private static (double? In, double? Out, double? Pending) Flow(MeasurePoint point) =>
        (point.Values["incoming"], point.Values["resolved"], point.Values["pending_end"]);

    [Fact]
    public async Task A_year_of_the_nation_adds_case_rows_and_whole_reports_without_counting_a_covered_case_twice()
    {
        var year = Assert.Single(await GetAsync("scope=nation&granularity=year&from=2023-01-01&to=2023-12-31"));

        // in: N-1 2 + N-2's April case 1 + reports 100 + 9; out: N-1 1 + reports 80 + 6. N-2's February case is in
        // its report. N-2 has a case after its last report and no report ending on 31 December: pending unknown.
        Assert.Equal((112.0, 87.0, (double?)null), Flow(year));
        Assert.Equal(87 / 112.0, year.Values["clearance_rate"]!.Value, 12);
    }

    [Fact]
    public async Task A_court_with_a_yearly_report_gives_the_published_formulas_for_the_year()
    {
        var year = Assert.Single(await GetAsync("scope=region:2&granularity=year&from=2023-01-01&to=2023-12-31"));

        Assert.Equal((100.0, 80.0, 50.0), Flow(year));
        Assert.Equal(30.0, year.Values["pending_start"]);
        Assert.Equal(0.8, year.Values["clearance_rate"]!.Value, 12);
        Assert.Equal(50 / 130.0, year.Values["congestion_rate"]!.Value, 12);          // pending ÷ (pending + resolved)
        Assert.Equal(1 - 80 / 150.0, year.Values["congestion_rate_cnj_2009"]!.Value, 12); // 1 − resolved ÷ (incoming + pending)
        Assert.Equal(365 * 50 / 80.0, year.Values["disposition_time"]!.Value, 9);
    }

    [Fact]
    public async Task A_yearly_report_is_never_split_into_invented_months()
    {
        var months = await GetAsync("scope=nation&granularity=month&from=2023-01-01&to=2023-03-31");
        Assert.Equal(3, months.Count);
        Assert.All(months, month => Assert.Equal((null, null, null), Flow(month)));

        var south = await GetAsync("scope=region:2&granularity=month&from=2023-01-01&to=2023-12-31");
        Assert.All(south, month => Assert.Null(month.Values["clearance_rate"]));
    }

    [Fact]
    public async Task A_quarter_takes_a_quarterly_report_whole_and_its_pending_with_the_case_rows_running_beside_it()
    {
        var quarters = await GetAsync("scope=region:1&granularity=quarter&from=2023-01-01&to=2023-06-30");

        // Q1: N-1 2 in, 1 out (1 pending); N-2's report 9 in, 6 out, 7 pending. Q2: N-2's April case, but no report
        // of N-2 ends on 30 June: its pending caseload there is unknown.
        Assert.Equal((11.0, 7.0, 8.0), Flow(quarters[0]));
        Assert.Equal((1.0, 0.0, (double?)null), Flow(quarters[1]));
    }

    [Fact]
    public async Task A_report_of_all_categories_leaves_one_category_unknown_and_a_category_report_counts_for_its_own()
    {
        var civil = await GetAsync("scope=nation&granularity=year&from=2023-01-01&to=2023-12-31&category=civil");
        Assert.Equal((null, null, null), Flow(Assert.Single(civil)));

        var northCivil = await GetAsync("scope=region:1&granularity=quarter&from=2023-01-01&to=2023-03-31&category=civil");
        // N-1's civil case a (in January, out in February) and N-2's civil report.
        Assert.Equal((10.0, 7.0, 7.0), Flow(Assert.Single(northCivil)));
    }

    [Fact]
    public async Task Digital_access_shares_take_a_reports_figures_and_are_unknown_where_it_gives_none()
    {
        var response = await _http.GetFromJsonAsync<MeasureSeries>("/api/measures?family=digital-access&scope=region:2&granularity=year&from=2022-01-01&to=2023-12-31");
        var (y2022, y2023) = (response!.Points[0].Values, response.Points[1].Values);

        Assert.Equal(0.5, y2022["e_filing_share"]);            // 30 of 60 filings
        Assert.Equal(0.4, y2022["judgments_published_share"]); // 20 of 50 decisions
        Assert.Null(y2023["e_filing_share"]);                  // the 2023 report does not say
        Assert.Null(y2023["judgments_published_share"]);
    }

    [Fact]
    public async Task The_backlog_share_takes_a_reports_backlog_at_its_last_day()
    {
        var response = await _http.GetFromJsonAsync<MeasureSeries>("/api/measures?family=pending-age&scope=region:2&granularity=year&from=2023-01-01&to=2023-12-31");

        Assert.Equal(0.4, Assert.Single(response!.Points).Values["backlog_share"]);  // 20 of the 50 pending on 31 December
    }
}
