using CourtMetrics.Site;
using CourtMetrics.Database;
using Dapper;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// One real PostgreSQL server for the whole test run: COURTMETRICS_TEST_CONNECTION if set, else a throwaway
/// project-local cluster (fsync off) started with the product's own cluster code. Each test gets a new database.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Func<string, string>> Server = new(StartServer);

    // Every app test starts on a database the product's migrations and the jobs' schema have been applied to, copied
    // from one made once per run: applying them took 1 of the 2 seconds of each app's start.
    /// <summary>The first administrator of the tests' databases (AppFactory configures its apps with the same).</summary>
    public const string AdministratorName = "admin";
    public const string AdministratorPassword = "correct horse battery staple";

    private static readonly Lazy<Task<Template>> MigratedTemplate = new(CreateMigratedTemplateAsync);

    /// <summary>An empty database, as a new installation finds it.</summary>
    public static Task<string> CreateDatabaseAsync() => CreateDatabaseAsync(template: null);

    /// <summary>
    /// A database as the app leaves it once its migrations have run (schema_journal says so) and its first
    /// administrator (AppFactory's) is created, and no data.
    /// </summary>
    public static async Task<string> CreateMigratedDatabaseAsync()
    {
        var template = await MigratedTemplate.Value;
        var connectionString = await CreateDatabaseAsync(template.Name);
        // A database's own settings (migration 0005's jit = off) belong to it and are not copied with its contents.
        if (template.Settings.Count > 0)
        {
            await using var admin = await OpenAdminAsync();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            foreach (var setting in template.Settings)
            {
                var (key, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
                await admin.ExecuteAsync($"ALTER DATABASE {name} SET {key} = '{value.Replace("'", "''")}'");
            }
        }
        return connectionString;
    }

    private static async Task<string> CreateDatabaseAsync(string? template, string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var admin = await OpenAdminAsync();
        await admin.ExecuteAsync(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        return Server.Value(name);
    }

    private sealed record Template(string Name, IReadOnlyList<string> Settings);

    private static async Task<Template> CreateMigratedTemplateAsync()
    {
        var connectionString = await CreateDatabaseAsync(template: null, prefix: "migrated_template");
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var db = NpgsqlDataSource.Create(connectionString))
        {
            var sql = SqlFiles.Load(RepositoryLayout.SqlDirectory(AppContext.BaseDirectory));
            await new Migrator(db, sql, NullLogger<Migrator>.Instance).ApplyAsync();
            await using var connection = await db.OpenConnectionAsync();
            PostgreSqlObjectsInstaller.Install(connection, new CourtMetrics.Jobs.JobsOptions().Schema);
            // The first administrator as every app of the tests would create it at its start: its password hashed
            // once here rather than at each test's start (a deliberately slow hash).
            await connection.ExecuteAsync(sql["accounts/create-first"], new
            {
                UserName = AdministratorName,
                PasswordHash = new PasswordHasher<string>().HashPassword(AdministratorName, AdministratorPassword), // the app's hasher
            });
        }
        NpgsqlConnection.ClearAllPools(); // a template is copied only while nobody is connected to it
        await using var admin = await OpenAdminAsync();
        var settings = (await admin.QueryAsync<string>("""
            SELECT unnest(setconfig) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
            WHERE d.datname = @name AND s.setrole = 0
            """, new { name })).ToList();
        return new Template(name, settings);
    }

    /// <summary>Drops a test database, closing what still holds it, so a long run never runs out of connections.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = await OpenAdminAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void DropTemplate()
    {
        if (MigratedTemplate is { IsValueCreated: true, Value.IsCompletedSuccessfully: true })
            DropDatabaseAsync(Server.Value(MigratedTemplate.Value.Result.Name)).GetAwaiter().GetResult();
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var admin = new NpgsqlConnection(Server.Value("postgres"));
        await admin.OpenAsync();
        return admin;
    }

    private static Func<string, string> StartServer()
    {
        var configured = Environment.GetEnvironmentVariable("COURTMETRICS_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate();
            return database => new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString;
        }

        var port = int.TryParse(Environment.GetEnvironmentVariable("COURTMETRICS_TEST_PG_PORT"), out var p) ? p : 55433;
        var directory = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), ".data", $"test-pg-{port}");
        var cluster = new LocalPostgresCluster(
            new LocalDatabaseOptions { Directory = directory, Port = port, Durable = false, Database = "postgres", MaxConnections = 300 },
            directory, _ => { });
        cluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            DropTemplate();
            cluster.Stop();
        };
        return cluster.ConnectionString;
    }
}
