using System.Net;
using CourtMetrics.Live;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using static CourtMetrics.Tests.Support.Months;

namespace CourtMetrics.Tests.ScaleOut;

/// <summary>
/// Two real processes on one database: a worker node that runs the jobs and a web node that serves the live hub.
/// A change aggregated on the worker reaches a client of the web node through PostgreSQL's NOTIFY alone.
/// </summary>
[Trait("Calendar", "today")]
public sealed class FanOutTests : IAsyncLifetime
{
    private string _database = "";
    private NpgsqlDataSource? _db;
    private AppNode? _worker;
    private AppNode? _web;

    /// <summary>
    /// Every node registers the recurring sweep, so all get the same settings. The sweep at its fastest (Hangfire
    /// looks at recurring jobs every 15 s) is what turns the new case into a data version.
    /// </summary>
    private static readonly Dictionary<string, string> Shared = new() { ["Jobs__SweepCron"] = "*/1 * * * * *" };

    private string Output => $"{_worker?.Output}\n{_web?.Output}";

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _db = NpgsqlDataSource.Create(_database);
        _worker = AppNode.Start("worker node", _database, "worker", Shared);
        await _worker.WaitReadyAsync(); // migrations applied before the second node starts
        await CourtSystemFixture.SeedAsync(_db);
        _web = AppNode.Start("web node", _database, "web", Shared);
        await _web.WaitReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_web is not null) await _web.DisposeAsync();
        if (_worker is not null) await _worker.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
        if (_database != "") await TestPostgres.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task A_case_aggregated_on_the_worker_node_is_pushed_to_a_client_of_the_web_node_once()
    {
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(_web!.Address, "/hubs/live")).Build();
        var arrived = new TaskCompletionSource<MeasureUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MeasureUpdate>(nameof(ILiveClient.MeasuresUpdated), u => arrived.TrySetResult(u));
        await hub.StartAsync();
        var month = Start(0).ToString("yyyy-MM-dd");
        var initial = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures),
            new MeasureRequest("case-flow", "region:2", null, "month", month, month));
        Assert.Equal(0, initial.Series.Points[^1].Values["incoming"]);
        var versionsBefore = await ScalarAsync<long>("SELECT count(*) FROM data_versions");

        await CourtSystemFixture.AddCasesAsync(_db!, ("fan-out-1", 21, 1, Day(0, 1), null));

        var pushed = await Within(arrived.Task, 60, "no push reached the web node's client");
        Assert.True(pushed.Version > initial.Version, Output);
        Assert.Equal(1, pushed.Series.Points[^1].Values["incoming"]);
        Assert.True(versionsBefore + 1 == await ScalarAsync<long>("SELECT count(*) FROM data_versions"),
            $"one change should publish exactly one data version\n{Output}");
        Assert.True(1 == await ScalarAsync<long>("SELECT count(*) FROM hangfire.server"),
            $"only the worker node should run a Hangfire server\n{Output}");
    }

    [Fact]
    public async Task The_worker_node_answers_only_health_and_the_web_node_serves_the_pages()
    {
        using var worker = _worker!.Client();
        using var web = _web!.Client();

        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("/health/ready")).StatusCode);
        var refused = await worker.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("worker", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("/")).StatusCode);
    }

    private async Task<T> Within<T>(Task<T> task, int seconds, string what)
    {
        try { return await task.WaitAsync(TimeSpan.FromSeconds(seconds)); }
        catch (TimeoutException) { throw new TimeoutException($"{what} within {seconds} s\n{Output}"); }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await _db!.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException(sql);
    }
}
