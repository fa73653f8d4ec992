using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Metrics;

/// <summary>
/// Last month, hand-computed: court 11 filed 2, resolved 1 (50 %); court 12 filed 1, resolved 1 (100 %); court 21
/// filed 4, resolved 1 (25 %). Civil only: court 11 filed 1 resolved 1, court 21 filed 2 resolved 0.
/// </summary>
[Trait("Calendar", "today")]
public sealed class CourtRankingTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("a", 11, 1, Day(1, 2), Day(1, 9)), ("b", 11, 2, Day(1, 3), null),
            ("c", 12, 2, Day(1, 2), Day(1, 20)),
            ("d", 21, 1, Day(1, 2), null), ("e", 21, 1, Day(1, 4), null), ("f", 21, 2, Day(1, 5), Day(1, 6)), ("g", 21, 2, Day(1, 6), null));
        await App.AggregateAsync();
    }

    private Task<CourtRanking?> RankingAsync(string query) =>
        App.CreateClient().GetFromJsonAsync<CourtRanking>($"/api/ranking?family=case-flow&from={Start(1):yyyy-MM-dd}&to={Start(0).AddDays(-1):yyyy-MM-dd}{query}");

    [Fact]
    public async Task Every_court_has_the_familys_measures_over_the_period()
    {
        var ranking = await RankingAsync("");

        var rates = ranking!.Courts.ToDictionary(c => c.CourtId, c => c.Values["clearance_rate"]);
        Assert.Equal(new Dictionary<int, double?> { [11] = 0.5, [12] = 1.0, [21] = 0.25 }, rates);
        Assert.Equal("South", ranking.Courts.Single(c => c.CourtId == 21).Region);
        Assert.Contains("incoming", ranking.Measures);
    }

    [Fact]
    public async Task A_region_ranks_its_own_courts_and_a_category_narrows_the_cases()
    {
        var north = await RankingAsync("&region=1");
        var civil = await RankingAsync("&category=civil");

        Assert.Equal([11, 12], north!.Courts.Select(c => c.CourtId));
        Assert.Equal([1.0, null, 0.0], civil!.Courts.Select(c => c.Values["clearance_rate"]));
    }

    [Fact]
    public async Task A_bad_family_is_a_400_naming_it()
    {
        var response = await App.CreateClient().GetAsync("/api/ranking?family=weather");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("weather", await response.Content.ReadAsStringAsync());
    }
}
