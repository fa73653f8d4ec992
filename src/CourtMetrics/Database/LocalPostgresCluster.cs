using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;

namespace CourtMetrics.Database;

/// <summary>
/// Creates, starts and stops a PostgreSQL cluster in a project folder on a loopback port, never touching a
/// system cluster. The server refuses to run as root, so as root every server command runs as "postgres".
/// </summary>
public sealed class LocalPostgresCluster(LocalDatabaseOptions options, string directory, Action<string> log)
{
    private readonly string _data = Path.Combine(directory, "data");
    private readonly string _passwordFile = Path.Combine(directory, "password");
    private bool _startedHere;

    public string Directory => directory;

    /// <summary>Initialises the cluster if new, starts it unless it already runs, creates the database.</summary>
    public string Start()
    {
        System.IO.Directory.CreateDirectory(directory);
        if (!File.Exists(Path.Combine(_data, "PG_VERSION"))) Initialise();
        if (Run("pg_ctl", ["-D", _data, "status"], throwOnError: false) != 0)
        {
            log($"Starting the local PostgreSQL cluster in {directory} on 127.0.0.1:{options.Port}");
            var settings = $"-p {options.Port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections={options.MaxConnections}"
                         + (options.Durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            Run("pg_ctl", ["-D", _data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
            _startedHere = true;
        }
        var connectionString = ConnectionString(options.Database);
        EnsureDatabase(connectionString);
        return connectionString;
    }

    /// <summary>
    /// Stops the server if this process started it: "fast" is a clean shutdown; "immediate" is what a crash leaves
    /// (the next start runs crash recovery, which empties the unlogged aggregate tables).
    /// </summary>
    public void Stop(string mode = "fast")
    {
        if (!_startedHere) return;
        log($"Stopping the local PostgreSQL cluster ({mode})");
        Run("pg_ctl", ["-D", _data, "-m", mode, "-w", "-t", "60", "stop"], throwOnError: false);
        _startedHere = false;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = options.Port,
        Username = "postgres",
        Password = File.ReadAllText(_passwordFile).Trim(),
        Database = database,
    }.ConnectionString;

    private void Initialise()
    {
        log($"Creating a local PostgreSQL cluster in {directory}");
        File.WriteAllText(_passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (RunningAsRoot) ChownToPostgres(directory);
        string[] args = ["-D", _data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust",
                         "--auth-host=scram-sha-256", $"--pwfile={_passwordFile}"];
        Run("initdb", options.Durable ? args : [.. args, "--no-sync"]);
        if (RunningAsRoot) Run("chown", ["root:root", _passwordFile], asServer: false);
    }

    private void EnsureDatabase(string connectionString)
    {
        // Not pooled: a pooled connection would outlive a restart of the server and fail at its next use.
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString);
        admin.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin);
        exists.Parameters.Add(new() { Value = options.Database });
        if (exists.ExecuteScalar() is not null) return;
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{options.Database.Replace("\"", "\"\"")}\"", admin);
        create.ExecuteNonQuery();
        log($"Created database {options.Database}");
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static void ChownToPostgres(string path) => Run("chown", ["-R", "postgres:postgres", path], asServer: false);

    private static int Run(string tool, string[] args, bool throwOnError = true, bool asServer = true)
    {
        var (file, prefix) = asServer ? ServerCommand(tool) : (tool, Array.Empty<string>());
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in prefix.Concat(args)) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnError)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Result}{output.Result}");
        return process.ExitCode;
    }

    // setsid keeps the server out of the terminal's process group, so Ctrl-C reaches the site first and the
    // site then stops the server cleanly instead of both racing.
    private static (string File, string[] Prefix) ServerCommand(string tool)
    {
        var path = PostgresBinaries.Find(tool);
        return RunningAsRoot ? ("setsid", ["runuser", "-u", "postgres", "--", path]) : ("setsid", [path]);
    }
}
