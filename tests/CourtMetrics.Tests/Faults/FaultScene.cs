using CourtMetrics.Site;
using System.Net.Http.Headers;
using CourtMetrics.Database;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Jobs;
using CourtMetrics.Tests.CaseDurations;
using CourtMetrics.Tests.ScaleOut;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// A database on the fault tests' own cluster (FaultPostgres) and the app on it as a real process (AppNode), which
/// a test can kill and start again. The test reads and checks the database with its own connections.
/// </summary>
public sealed class FaultScene : IAsyncLifetime
{
    /// <summary>Every node of a scene: the sweep at its fastest (Hangfire looks at recurring jobs every 15 s).</summary>
    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["Jobs__SweepCron"] = "*/1 * * * * *",
        ["Security__BatchesPerWindow"] = "1000000",
    };

    private readonly List<AppNode> _nodes = [];

    public string ConnectionString { get; private set; } = "";
    public NpgsqlDataSource Db { get; private set; } = null!;
    public SqlFiles Sql { get; } = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
    public AppNode Node => _nodes[^1];
    public string Output => string.Join('\n', _nodes.Select(n => n.Output));

    public async Task InitializeAsync()
    {
        ConnectionString = await FaultPostgres.CreateDatabaseAsync();
        Db = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>Starts the app (role both) with the scene's settings and these, and waits until it is ready.</summary>
    public async Task<AppNode> StartNodeAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(Defaults);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        var node = AppNode.Start($"app {_nodes.Count + 1}", ConnectionString, "both", all);
        _nodes.Add(node);
        await node.WaitReadyAsync();
        return node;
    }

    /// <summary>SIGKILL: no shutdown code runs, open transactions are left to PostgreSQL to roll back.</summary>
    public Task KillNodeAsync() => Node.DisposeAsync().AsTask();

    /// <summary>Stops the cluster ("fast" or "immediate"), as an operator or a crash would.</summary>
    public static void StopDatabase(string mode) => FaultPostgres.Stop(mode);

    public void StartDatabase()
    {
        FaultPostgres.Start();
        Db.Clear(); // the test's own idle connections died with the server
    }

    /// <summary>The aggregation job's next run, as any worker would do it, in the test.</summary>
    public Aggregator Aggregator => new(Db, Sql, NullLogger<Aggregator>.Instance);

    /// <summary>
    /// Runs the aggregation once more (what the next job would do with the cells still marked), then a full rebuild,
    /// and fails naming the rows that differ: nothing lost, nothing counted twice.
    /// </summary>
    public async Task AssertAggregatesEqualRebuildAsync(string context)
    {
        await Aggregator.AggregateTouchedAsync(CancellationToken.None);
        var kept = await AggregateTables.ReadAsync(Db);
        await Aggregator.RebuildAsync(CancellationToken.None);
        AggregateTables.AssertEqual(await AggregateTables.ReadAsync(Db), kept, context);
    }

    /// <summary>An HTTP client of the app with a new API key of the source system.</summary>
    public async Task<HttpClient> SourceSystemAsync(string system)
    {
        var key = await new ApiKeyStore(Db, Sql).CreateAsync($"{system} key", system, null, "fault tests");
        var client = Node.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException(sql);
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (Db is not null) await Db.DisposeAsync();
        if (ConnectionString != "") await FaultPostgres.DropDatabaseAsync(ConnectionString);
    }
}
