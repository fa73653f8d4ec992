using CourtMetrics.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Benchmarks;

/// <summary>A fresh, migrated database on a durable local cluster of the benchmarks' own (never the product's).</summary>
public static class BenchmarkDatabase
{
    public static async Task<(LocalPostgresCluster Cluster, string ConnectionString)> CreateAsync(int port, string database, SqlFiles sql)
    {
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"bench-pg-{port}");
        var cluster = new LocalPostgresCluster(
            new LocalDatabaseOptions { Directory = directory, Port = port, Database = database }, directory, _ => { });
        var connectionString = cluster.Start();
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        await using var db = NpgsqlDataSource.Create(connectionString);
        await new Migrator(db, sql, NullLogger<Migrator>.Instance).ApplyAsync();
        return (cluster, connectionString);
    }
}

public static class BenchmarkOptions
{
    public static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
