using CourtMetrics.Site;
using CourtMetrics.Database;
using Npgsql;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of its own for the fault tests, which stop it, crash it and start it again: the shared test
/// server must stay up for everyone else. Its port is the test server's plus 10, so parallel runs on other ports do
/// not collide. Durable (fsync and synchronous commit on): an immediate stop must not lose an acknowledged commit.
/// </summary>
public static class FaultPostgres
{
    private static readonly Lazy<LocalPostgresCluster> Cluster = new(StartCluster);
    private static readonly object Gate = new();

    public static int Port => (int.TryParse(Environment.GetEnvironmentVariable("COURTMETRICS_TEST_PG_PORT"), out var p) ? p : 55433) + 10;

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"f_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(AdminConnection);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return Cluster.Value.ConnectionString(name);
    }

    /// <summary>"fast": the server shuts down cleanly; "immediate": as a crash (recovery at the next start).</summary>
    public static void Stop(string mode)
    {
        lock (Gate) Cluster.Value.Stop(mode);
    }

    public static void Start()
    {
        lock (Gate) Cluster.Value.Start();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        Start(); // a failed test may have left it stopped
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(AdminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    // Not pooled: the server restarts between uses.
    private static string AdminConnection =>
        new NpgsqlConnectionStringBuilder(Cluster.Value.ConnectionString("postgres")) { Pooling = false }.ConnectionString;

    private static LocalPostgresCluster StartCluster()
    {
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"test-pg-faults-{Port}");
        var cluster = new LocalPostgresCluster(
            new LocalDatabaseOptions { Directory = directory, Port = Port, Durable = true, Database = "postgres", MaxConnections = 100 },
            directory, _ => { });
        StopLeftover(directory);
        cluster.Start(); // started here, so Stop works
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    /// <summary>
    /// A cluster an earlier run left running (its test host killed) would not count as started here, and the tests could
    /// not stop it: shut it down first (SIGINT to the postmaster is PostgreSQL's fast shutdown).
    /// </summary>
    private static void StopLeftover(string directory)
    {
        var pidFile = Path.Combine(directory, "data", "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), out var pid)) return;
        try
        {
            using var postmaster = System.Diagnostics.Process.GetProcessById(pid);
            System.Diagnostics.Process.Start("kill", ["-INT", pid.ToString()])!.WaitForExit();
            postmaster.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (ArgumentException) { } // no such process: a stale pid file, which PostgreSQL handles itself
    }
}
