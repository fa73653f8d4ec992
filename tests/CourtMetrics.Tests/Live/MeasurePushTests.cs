using CourtMetrics.Jobs;
using CourtMetrics.Live;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Live;

/// <summary>Any family's measures, watched live: the subscription answers at once and every change pushes again.</summary>
[Trait("Calendar", "today")]
public sealed class MeasurePushTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
    }

    private static MeasureRequest ThisMonth(string scope) =>
        new("case-flow", scope, null, "month", Start(0).ToString("yyyy-MM-dd"), Start(0).ToString("yyyy-MM-dd"));

    [Fact]
    public async Task A_subscriber_gets_the_series_at_once_then_the_new_values_after_an_aggregation()
    {
        await using var hub = await App.ConnectHubAsync();
        var arrived = new TaskCompletionSource<MeasureUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), u => arrived.TrySetResult(u));
        var initial = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), ThisMonth("region:2"));
        Assert.Equal(0, initial.Series.Points[^1].Values["incoming"]);

        await CourtSystemFixture.AddCasesAsync(App.DataSource,
            ("m-1", 21, 1, Day(0, 1), null), ("m-2", 21, 2, Day(0, 1), Day(0, 1)));
        App.Get<AggregationRequests>().Request();

        var pushed = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(initial.Key, pushed.Key);
        Assert.True(pushed.Version > initial.Version);
        Assert.NotNull(pushed.AsOf);
        var values = pushed.Series.Points[^1].Values;
        Assert.Equal((2.0, 1.0, 1.0, 0.5), (values["incoming"], values["resolved"], values["pending_end"], values["clearance_rate"]));
    }

    [Fact]
    public async Task A_change_in_another_region_is_not_pushed_to_this_regions_measures()
    {
        await using var hub = await App.ConnectHubAsync();
        var regionPushes = 0;
        var nationPush = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var region = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), ThisMonth("region:2"));
        var nation = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), ThisMonth("nation"));
        hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), u =>
        {
            if (u.Key == region.Key) Interlocked.Increment(ref regionPushes);
            if (u.Key == nation.Key) nationPush.TrySetResult();
        });

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("north-m", 11, 1, Day(0, 1), null));
        App.Get<AggregationRequests>().Request();

        await nationPush.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal(0, regionPushes);
    }

    [Fact]
    public async Task A_viewer_of_an_untouched_scope_still_learns_the_new_data_version_and_its_time()
    {
        await using var hub = await App.ConnectHubAsync();
        var region = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), ThisMonth("region:2"));
        var changed = new TaskCompletionSource<(long Version, DateTimeOffset? AsOf)>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<long, DateTimeOffset?>(nameof(ILiveClient.DataChanged), (version, asOf) => changed.TrySetResult((version, asOf)));

        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("north-v", 11, 1, Day(0, 1), null));
        App.Get<AggregationRequests>().Request();

        var (version, asOf) = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(version > region.Version, $"{version} after {region.Version}");
        Assert.NotNull(asOf);
    }

    [Theory]
    [InlineData("weather", "nation", "month", "family 'weather'")]
    [InlineData("case-flow", "planet:1", "month", "scope 'planet:1'")]
    [InlineData("case-flow", "nation", "week", "granularity 'week'")]
    public async Task A_bad_subscription_is_refused_naming_the_bad_value(string family, string scope, string granularity, string named)
    {
        await using var hub = await App.ConnectHubAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MeasureUpdate>(
            nameof(LiveHub.SubscribeMeasures), new MeasureRequest(family, scope, null, granularity, null, null)));

        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("court:999")]
    [InlineData("region:99")]
    public async Task A_court_or_region_that_does_not_exist_is_refused_by_name(string scope)
    {
        await using var hub = await App.ConnectHubAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MeasureUpdate>(
            nameof(LiveHub.SubscribeMeasures), ThisMonth(scope)));

        Assert.Contains($"There is no {scope}.", error.Message);
        var api = await App.CreateClient().GetAsync($"/api/measures?family=case-flow&scope={scope}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains($"There is no {scope}.", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_connection_may_watch_only_a_bounded_number_of_series()
    {
        await using var hub = await App.ConnectHubAsync();
        for (var day = 0; day < 48; day++)
        {
            var date = Start(1).AddDays(day % 28).ToString("yyyy-MM-dd");
            await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures),
                new MeasureRequest("case-flow", day < 28 ? "nation" : "region:1", null, "range", date, date));
        }

        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MeasureUpdate>(
            nameof(LiveHub.SubscribeMeasures), ThisMonth("nation")));
        Assert.Contains("at most 48", error.Message);
    }
}
