using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Live;
using CourtMetrics.Targets;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Targets;

/// <summary>
/// This month, hand-computed: the nation has 4 cases filed and 2 resolved (clearance 50 %); court 11 has 2 filed and
/// 2 resolved (100 %); civil in the nation: 3 filed, 1 resolved (33.3 %).
/// </summary>
[Trait("Calendar", "today")]
public sealed class TargetsAndAlertsTests : AppTests
{
    private HttpClient _admin = null!;

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await CourtSystemFixture.AddThisMonthsCasesAsync(App.DataSource);
        await App.AggregateAsync();
        _admin = await App.AdministratorClientAsync();
    }

    private Task<HttpResponseMessage> SetAsync(string metric, double target, int? courtId = null, string? category = null) =>
        _admin.PutAsJsonAsync("/api/targets", new { metric, target, courtId, category });

    private async Task<List<Alert>> AlertsAsync() =>
        (await App.CreateClient().GetFromJsonAsync<List<Alert>>("/api/alerts"))!;

    [Fact]
    public async Task Setting_a_target_the_measure_misses_raises_an_alert_pushed_to_browsers_and_listed_with_value_and_target()
    {
        await using var hub = await App.ConnectHubAsync();
        var pushed = new TaskCompletionSource<IReadOnlyList<Alert>>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<IReadOnlyList<Alert>>(nameof(ILiveClient.AlertsRaised), a => pushed.TrySetResult(a));

        var response = await SetAsync("clearance_rate", 0.9);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = Assert.Single(await pushed.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(("clearance_rate", "nation", "National", 0.5, 0.9, false),
            (alert.Metric, alert.Scope, alert.ScopeName, alert.Value, alert.Target, alert.Met));
        Assert.Equal(Start(0), alert.PeriodStart);
        Assert.Equal(alert.Id, Assert.Single(await AlertsAsync()).Id);
    }

    [Fact]
    public async Task Only_a_crossing_raises_an_alert_missed_then_met_again()
    {
        await SetAsync("clearance_rate", 0.9);  // 50 % misses it
        await SetAsync("clearance_rate", 0.8);  // still missed: nothing new
        await SetAsync("clearance_rate", 0.4);  // met again

        var alerts = await AlertsAsync();
        Assert.Equal([true, false], alerts.Select(a => a.Met));
        Assert.Equal([0.4, 0.9], alerts.Select(a => a.Target));
    }

    [Fact]
    public async Task A_target_for_a_court_and_a_category_is_watched_at_that_court_and_category()
    {
        await SetAsync("clearance_rate", 0.9, courtId: 11);          // court 11: 100 %, met: no alert
        await SetAsync("clearance_rate", 0.5, category: "civil");    // civil nationally: 33.3 %, missed

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal(("nation", "civil"), (alert.Scope, alert.Category));
        Assert.Equal(1.0 / 3, alert.Value, 6);
        var targets = await App.CreateClient().GetFromJsonAsync<List<MeasureTarget>>("/api/targets");
        Assert.Equal(2, targets!.Count);
        Assert.Contains(targets, t => t is { CourtId: 11, Category: null, Target: 0.9, UpdatedBy: AppFactory.AdministratorName });
    }

    [Fact]
    public async Task New_data_that_crosses_a_target_raises_an_alert()
    {
        await SetAsync("clearance_rate", 0.4); // 50 %: met, no alert
        Assert.Empty(await AlertsAsync());

        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("e", 21, 1, Day(0, 1), null), ("f", 21, 1, Day(0, 1), null), ("g", 21, 1, Day(0, 1), null));
        await App.AggregateAsync(); // 2 of 7: 28.6 %

        var alert = await Eventually.ValueAsync(async () => (await AlertsAsync()).SingleOrDefault());
        Assert.Equal(2.0 / 7, alert.Value, 6);
        Assert.False(alert.Met);
    }

    [Fact]
    public async Task Only_administrators_set_or_remove_targets()
    {
        var anonymous = App.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.9 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/targets/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/targets")).StatusCode);
    }
}
