using CourtMetrics.Jobs;
using CourtMetrics.CaseFlow;
using CourtMetrics.Live;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Live;

public sealed class LivePushTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        await CourtSystemFixture.SeedAsync(_app.DataSource);
        await _app.Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_subscriber_gets_the_new_numbers_after_events_are_written_and_aggregated_by_the_job()
    {
        await using var hub = await _app.ConnectHubAsync();
        var pushes = new List<CaseFlowSnapshot>();
        var arrived = new TaskCompletionSource<CaseFlowSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<CaseFlowSnapshot>(nameof(ILiveClient.CaseFlowUpdated), s => { pushes.Add(s); arrived.TrySetResult(s); });
        var initial = await hub.InvokeAsync<CaseFlowSnapshot>(nameof(LiveHub.SubscribeCaseFlow), "region:2", "month");
        Assert.Equal(0, initial.Points[^1].Incoming);

        await CourtSystemFixture.AddCasesAsync(_app.DataSource,
            ("live-1", 21, 1, Day(0, 1), null), ("live-2", 21, 2, Day(0, 1), Day(0, 1)));
        _app.Get<AggregationRequests>().Request();

        var pushed = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("region:2", pushed.Scope);
        Assert.Equal("South", pushed.ScopeName);
        Assert.True(pushed.Version > initial.Version);
        Assert.NotNull(pushed.AsOf);
        var month = pushed.Points[^1];
        Assert.Equal((2, 1, 1, 0.5), (month.Incoming, month.Resolved, month.Pending, month.ClearanceRate));
    }

    [Fact]
    public async Task A_change_in_another_region_is_not_pushed_to_this_region()
    {
        await using var hub = await _app.ConnectHubAsync();
        var regionPushes = 0;
        var nationPush = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<CaseFlowSnapshot>(nameof(ILiveClient.CaseFlowUpdated), s =>
        {
            if (s.Scope == "region:2") Interlocked.Increment(ref regionPushes);
            if (s.Scope == "nation") nationPush.TrySetResult();
        });
        await hub.InvokeAsync<CaseFlowSnapshot>(nameof(LiveHub.SubscribeCaseFlow), "region:2", "month");
        await hub.InvokeAsync<CaseFlowSnapshot>(nameof(LiveHub.SubscribeCaseFlow), "nation", "month");

        await CourtSystemFixture.AddCasesAsync(_app.DataSource, ("north-1", 11, 1, Day(0, 1), null));
        _app.Get<AggregationRequests>().Request();

        await nationPush.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal(0, regionPushes);
    }

    [Fact]
    public async Task Subscribing_to_a_scope_that_does_not_exist_is_refused_by_name()
    {
        await using var hub = await _app.ConnectHubAsync();

        var error = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<CaseFlowSnapshot>(nameof(LiveHub.SubscribeCaseFlow), "court:999", "month"));
        Assert.Contains("court:999", error.Message);
        var bad = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<CaseFlowSnapshot>(nameof(LiveHub.SubscribeCaseFlow), "planet:1", "month"));
        Assert.Contains("planet:1", bad.Message);
    }
}
