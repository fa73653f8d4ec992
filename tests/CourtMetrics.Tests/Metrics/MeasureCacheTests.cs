using System.Net.Http.Json;
using CourtMetrics.Database;
using CourtMetrics.Jobs;
using CourtMetrics.Live;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Metrics;

/// <summary>Measures are read once per data change and shared; a change on this node or another shows at once.</summary>
[Trait("Calendar", "today")]
public sealed class MeasureCacheTests : AppTests
{
    private string Query => $"/api/measures?family=case-flow&granularity=range&from={Day(1, 1)}&to={Today:yyyy-MM-dd}";

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("A", 11, 1, Day(1, 2), null));
        await App.AggregateAsync();
    }

    private async Task<double?> IncomingAsync() =>
        (await App.CreateClient().GetFromJsonAsync<MeasureSeries>(Query))!.Points.Single().Values["incoming"];

    [Fact]
    public async Task Repeated_requests_share_one_read_until_this_node_aggregates_a_change()
    {
        Assert.Equal(1, await IncomingAsync());
        var first = App.Get<MeasureCache>().GetAsync(ParsedQuery(), default);
        Assert.Same(await first, await App.Get<MeasureCache>().GetAsync(ParsedQuery(), default));

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("B", 21, 1, Day(0, 1), null));
        await App.AggregateAsync();

        Assert.Equal(2, await IncomingAsync());
    }

    [Fact]
    public async Task A_change_aggregated_by_another_node_reaches_this_nodes_measures_through_notify()
    {
        Assert.Equal(1, await IncomingAsync());

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("C", 12, 2, Day(0, 1), null));
        var otherNode = new Aggregator(App.DataSource, App.Get<SqlFiles>(), NullLogger<Aggregator>.Instance);
        await otherNode.AggregateTouchedAsync(default);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await IncomingAsync() != 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(2, await IncomingAsync());
    }

    [Fact]
    public async Task A_change_in_one_court_drops_the_series_of_its_court_region_and_nation_and_keeps_the_others()
    {
        var cache = App.Get<MeasureCache>();
        var scopes = new[] { "court:11", "region:1", "nation", "court:21", "region:2", "courts:12,21", "courts:11,21" };
        var before = new Dictionary<string, MeasureSeries>();
        foreach (var scope in scopes) before[scope] = await cache.GetAsync(ParsedQuery(scope), default);

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("D", 11, 1, Day(0, 1), null));
        await App.AggregateAsync();

        foreach (var scope in scopes)
        {
            var after = await cache.GetAsync(ParsedQuery(scope), default);
            var kept = scope is "court:21" or "region:2" or "courts:12,21";
            Assert.True(kept == ReferenceEquals(before[scope], after), $"{scope}: {(kept ? "read again" : "kept")} after a change in court 11");
        }
        Assert.Equal(2, (await cache.GetAsync(ParsedQuery("court:11"), default)).Points.Single().Values["incoming"]);
    }

    [Fact]
    public async Task A_change_keeps_the_series_of_periods_that_ended_before_its_earliest_day()
    {
        var cache = App.Get<MeasureCache>();
        var lastMonthEnd = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        var lastMonth = await cache.GetAsync(ParsedQuery("nation", lastMonthEnd), default);
        var toDate = await cache.GetAsync(ParsedQuery(), default);

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("E", 11, 1, $"{Today:yyyy-MM-dd}", null));
        await App.AggregateAsync();

        Assert.Same(lastMonth, await cache.GetAsync(ParsedQuery("nation", lastMonthEnd), default));
        Assert.NotSame(toDate, await cache.GetAsync(ParsedQuery(), default));
        Assert.Equal(2, (await cache.GetAsync(ParsedQuery(), default)).Points.Single().Values["incoming"]);

        // A case dated last month, entered today, changes last month's numbers.
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("F", 21, 1, Day(1, 3), null));
        await App.AggregateAsync();

        var reread = await cache.GetAsync(ParsedQuery("nation", lastMonthEnd), default);
        Assert.NotSame(lastMonth, reread);
        Assert.Equal(2, reread.Points.Single().Values["incoming"]);
    }

    private MeasureQuery ParsedQuery(string scope = "nation", DateOnly? to = null)
    {
        MeasureQuery.TryParse("case-flow", scope, null, "range", Day(1, 1), $"{to ?? Today:yyyy-MM-dd}", Today, out var query, out _);
        return query;
    }
}
