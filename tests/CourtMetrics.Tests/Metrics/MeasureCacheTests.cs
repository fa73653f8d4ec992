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
public sealed class MeasureCacheTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private string Query => $"/api/measures?family=case-flow&granularity=range&from={Day(1, 1)}&to={Today:yyyy-MM-dd}";

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        await CourtSystemFixture.SeedAsync(_app.DataSource);
        await CourtSystemFixture.AddCasesAsync(_app.DataSource, ("A", 11, 1, Day(1, 2), null));
        await _app.AggregateAsync();
        await _app.Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private async Task<double?> IncomingAsync() =>
        (await _app.CreateClient().GetFromJsonAsync<MeasureSeries>(Query))!.Points.Single().Values["incoming"];

    [Fact]
    public async Task Repeated_requests_share_one_read_until_this_node_aggregates_a_change()
    {
        Assert.Equal(1, await IncomingAsync());
        var first = _app.Get<MeasureCache>().GetAsync(ParsedQuery(), default);
        Assert.Same(await first, await _app.Get<MeasureCache>().GetAsync(ParsedQuery(), default));

        await CourtSystemFixture.AddCasesAsync(_app.DataSource, ("B", 21, 1, Day(0, 1), null));
        await _app.AggregateAsync();

        Assert.Equal(2, await IncomingAsync());
    }

    [Fact]
    public async Task A_change_aggregated_by_another_node_reaches_this_nodes_measures_through_notify()
    {
        Assert.Equal(1, await IncomingAsync());

        await CourtSystemFixture.AddCasesAsync(_app.DataSource, ("C", 12, 2, Day(0, 1), null));
        var otherNode = new Aggregator(_app.DataSource, _app.Get<SqlFiles>(), NullLogger<Aggregator>.Instance);
        await otherNode.AggregateTouchedAsync(default);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await IncomingAsync() != 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(2, await IncomingAsync());
    }

    private MeasureQuery ParsedQuery()
    {
        MeasureQuery.TryParse("case-flow", null, null, "range", Day(1, 1), $"{Today:yyyy-MM-dd}", Today, out var query, out _);
        return query;
    }
}
