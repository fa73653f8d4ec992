using CourtMetrics.Database;
using Npgsql;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// One real PostgreSQL server for the whole test run: COURTMETRICS_TEST_CONNECTION if set, else a throwaway
/// project-local cluster (fsync off) started with the product's own cluster code. Each test gets a new database.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Func<string, string>> Server = new(StartServer);

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(Server.Value("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return Server.Value(name);
    }

    private static Func<string, string> StartServer()
    {
        var configured = Environment.GetEnvironmentVariable("COURTMETRICS_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
            return database => new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString;

        var port = int.TryParse(Environment.GetEnvironmentVariable("COURTMETRICS_TEST_PG_PORT"), out var p) ? p : 55433;
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"test-pg-{port}");
        var cluster = new LocalPostgresCluster(
            new LocalDatabaseOptions { Directory = directory, Port = port, Durable = false, Database = "postgres" },
            directory, _ => { });
        cluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster.ConnectionString;
    }
}
