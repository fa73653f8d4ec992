using CourtMetrics.Site;
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

    /// <summary>Drops a test database, closing what still holds it, so a long run never runs out of connections.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(Server.Value("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static Func<string, string> StartServer()
    {
        var configured = Environment.GetEnvironmentVariable("COURTMETRICS_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
            return database => new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString;

        var port = int.TryParse(Environment.GetEnvironmentVariable("COURTMETRICS_TEST_PG_PORT"), out var p) ? p : 55433;
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"test-pg-{port}");
        var cluster = new LocalPostgresCluster(
            new LocalDatabaseOptions { Directory = directory, Port = port, Durable = false, Database = "postgres", MaxConnections = 300 },
            directory, _ => { });
        cluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster.ConnectionString;
    }
}
