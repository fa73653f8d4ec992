using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.DigitalAccess;

/// <summary>The measures of DigitalAccessApp's facts through /api/measures, computed by hand.</summary>
public sealed class DigitalAccessMeasuresTests(DigitalAccessApp app) : IClassFixture<DigitalAccessApp>
{
    private const string Family = "digital-access";
    private readonly HttpClient _http = app.CreateClient();

    // Order of the arguments of AssertShares: e-filing, video, extraterritorial, portal per 1,000, published, AI.
    private static readonly string[] Shares =
        ["e_filing_share", "video_hearing_share", "extraterritorial_share", "portal_visits_per_1000", "judgments_published_share", "ai_assisted_share"];

    private static void AssertShares(MeasurePoint point, params double?[] expected) => point.Are(Shares, expected);

    [Fact]
    public async Task Monthly_shares_of_the_nation_follow_the_formulas()
    {
        var series = await _http.GetAsync(Family, "scope=nation&granularity=month&from=2025-03-01&to=2025-05-31");

        Assert.Equal(3, series.Points.Count);
        // March: filed A B C D, electronic A C D = 3/4; video H1 H3 of 4 hearings; extraterritorial C = 1/4;
        // visits 600 + 300 + 250 = 1150 per 1.5 M inhabitants = 0.7667 per 1,000; resolved A D, both published;
        // AI A D = 2/4.
        AssertShares(series.Points[0], 0.75, 0.5, 0.25, 1000 * 1150 / 1_500_000.0, 1.0, 0.5);
        // April: filed E on paper; H5 by video; 120 visits; resolved B E, E published = 1/2.
        AssertShares(series.Points[1], 0.0, 1.0, 0.0, 1000 * 120 / 1_500_000.0, 0.5, 0.0);
        // May: nothing happened. Shares have no denominator: none, not 0; no visits per inhabitant: 0.
        AssertShares(series.Points[2], null, null, null, 0.0, null, null);
    }

    [Fact]
    public async Task A_custom_range_counts_only_its_days()
    {
        var range = await _http.RangeAsync(Family, "2025-03-15", "2025-04-15");

        // Filed: E (paper). Resolved: A 03-20, D 03-28, B 04-10; published A D = 2/3. Hearings: H5 (video).
        // Visits: 300 (03-15) + 120 (04-01) = 420 per 1.5 M.
        AssertShares(range, 0.0, 1.0, 0.0, 1000 * 420 / 1_500_000.0, 2 / 3.0, 0.0);
    }

    [Fact]
    public async Task Quarters_and_a_year_add_up_their_months()
    {
        var quarters = await _http.GetAsync(Family, "granularity=quarter&from=2025-01-01&to=2025-06-30");
        AssertShares(quarters.Points[0], 0.75, 0.5, 0.25, 1000 * 1150 / 1_500_000.0, 1.0, 0.5);   // = March
        AssertShares(quarters.Points[1], 0.0, 1.0, 0.0, 1000 * 120 / 1_500_000.0, 0.5, 0.0);      // = April

        var year = Assert.Single((await _http.GetAsync(Family, "granularity=year&from=2025-01-01&to=2025-12-31")).Points);
        // 5 filed: 3 electronic, 1 extraterritorial, 2 AI; 5 hearings, 3 video; 1270 visits; 4 resolved, 3 published.
        AssertShares(year, 0.6, 0.6, 0.2, 1000 * 1270 / 1_500_000.0, 0.75, 0.4);
    }

    [Fact]
    public async Task Days_have_their_own_denominators()
    {
        var days = await _http.GetAsync(Family, "granularity=day&from=2025-03-04&to=2025-03-05");

        AssertShares(days.Points[0], null, 1.0, null, 0.0, null, null);   // 03-04: hearing H1 by video, nothing filed
        AssertShares(days.Points[1], 0.0, null, 0.0, 0.0, null, 0.0);     // 03-05: B filed on paper, no hearing
    }

    [Fact]
    public async Task A_category_narrows_the_case_measures_but_not_hearings_and_visits()
    {
        var civil = Assert.Single((await _http.GetAsync(Family, "category=civil&granularity=range&from=2025-03-01&to=2025-04-30")).Points);
        // Civil: filed A B D, electronic A D, AI A D; resolved A B D, published A D. Hearings 3 of 5 by video and
        // 1270 visits, as without a category: they belong to no category.
        AssertShares(civil, 2 / 3.0, 0.6, 0.0, 1000 * 1270 / 1_500_000.0, 2 / 3.0, 2 / 3.0);

        var criminal = Assert.Single((await _http.GetAsync(Family, "category=criminal&granularity=range&from=2025-03-01&to=2025-04-30")).Points);
        AssertShares(criminal, 0.5, 0.6, 0.5, 1000 * 1270 / 1_500_000.0, 1.0, 0.0);   // C E filed; E resolved, published
    }

    [Fact]
    public async Task Portal_use_counts_each_inhabitant_once_whatever_the_scope()
    {
        // Two district courts: their 600 k + 500 k inhabitants; 900 + 120 + 250 visits. Filed A B C D.
        var districts = await _http.RangeAsync(Family, "2025-03-01", "2025-04-30", "courts:11,21");
        AssertShares(districts, 0.75, 0.5, 0.25, 1000 * 1270 / 1_100_000.0, 2 / 3.0, 0.5);

        // North: the region's 1 M (its regional court serves the same people as its district court); 1020 visits.
        var north = await _http.RangeAsync(Family, "2025-03-01", "2025-04-30", "region:1");
        north.Is("portal_visits_per_1000", 1000 * 1020 / 1_000_000.0);
        north.Is("video_hearing_share", 0.75);   // H1 H3 H5 of H1 H2 H3 H5

        // The regional court alone serves its region's 1 M and has no visits of its own: 0, not none.
        var regional = await _http.RangeAsync(Family, "2025-03-01", "2025-04-30", "court:12");
        AssertShares(regional, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0);
    }

    [Fact]
    public async Task An_empty_scope_has_no_shares_and_no_inhabitants()
    {
        var empty = await _http.RangeAsync(Family, "2025-01-01", "2025-12-31", "courts:998,999");

        AssertShares(empty, null, null, null, null, null, null);
    }
}
