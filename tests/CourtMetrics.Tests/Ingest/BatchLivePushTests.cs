using System.Net;
using CourtMetrics.Live;
using Microsoft.AspNetCore.SignalR.Client;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.Ingest;

/// <summary>An accepted batch reaches open dashboards: its cells are aggregated by the job and pushed like any other change.</summary>
[Trait("Calendar", "today")]
public sealed class BatchLivePushTests(IngestApiApp app) : IClassFixture<IngestApiApp>
{
    [Fact]
    public async Task A_subscriber_receives_the_new_values_after_a_batch_is_sent()
    {
        await app.Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        await using var hub = await app.ConnectHubAsync();
        var arrived = new TaskCompletionSource<MeasureUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), u => arrived.TrySetResult(u));
        var thisMonth = Start(0).ToString("yyyy-MM-dd");
        var initial = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures),
            new MeasureRequest("case-flow", "court:21", null, "month", thisMonth, thisMonth));
        Assert.Equal(0, initial.Series.Points[^1].Values["incoming"]);
        using var client = await app.SourceSystemAsync("cms-live");

        var response = await IngestApiApp.SendAsync(client,
            new { kind = "case_filed", case_id = "l-1", court = "S-1", category = "civil", filed_on = Day(0, 1), filing_channel = "electronic" },
            new { kind = "case_filed", case_id = "l-2", court = "S-1", category = "criminal", filed_on = Day(0, 1), filing_channel = "paper" },
            new { kind = "case_disposed", case_id = "l-2", disposed_on = Day(0, 1) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pushed = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(initial.Key, pushed.Key);
        var values = pushed.Series.Points[^1].Values;
        Assert.Equal((2.0, 1.0, 1.0), (values["incoming"], values["resolved"], values["pending_end"]));
    }
}
