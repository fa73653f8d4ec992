using CourtMetrics.Release;
using CourtMetrics.Site;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CourtMetrics.Database;

public static class DatabaseSetup
{
    public const string ConnectionName = "CourtMetrics";

    /// <summary>
    /// Uses the configured connection string; without one, starts the project-local cluster first and stops it
    /// when the site stops.
    /// </summary>
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection("LocalDatabase").Get<LocalDatabaseOptions>() ?? new();
            var directory = Path.IsPathRooted(options.Directory)
                ? options.Directory
                : Path.Combine(RepositoryLayout.Root(builder.Environment.ContentRootPath), options.Directory);
            var cluster = new LocalPostgresCluster(options, directory, message => Console.WriteLine($"[database] {message}"));
            connectionString = cluster.Start();
            builder.Configuration[$"ConnectionStrings:{ConnectionName}"] = connectionString;
            builder.Services.AddSingleton(cluster);
            builder.Services.AddHostedService<LocalClusterLifetime>();
        }

        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddSingleton(SqlFiles.Load(RepositoryLayout.SqlDirectory(builder.Environment.ContentRootPath)));
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("database", tags: ["ready"]);
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
    }

    public static Task ApplyMigrationsAsync(this WebApplication app) =>
        app.Services.GetRequiredService<Migrator>().ApplyAsync(app.Lifetime.ApplicationStopping);

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteHealth });
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        // For people and monitors that want more than a word: the readiness and which version answers.
        app.MapHealthChecks("/health", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteHealthJson });
    }

    private static Task WriteHealthJson(HttpContext context, HealthReport report) => context.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        version = ProductVersion.Current,
        failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .ToDictionary(e => e.Key, e => e.Value.Description ?? e.Value.Status.ToString()),
    });

    /// <summary>"Healthy", or "Unhealthy" with each failing check and why, so an operator sees that the database is down.</summary>
    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}");
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy
            ? report.Status.ToString()
            : $"{report.Status}: {string.Join("; ", failing)}");
    }
}

/// <summary>Stops the local cluster after everything else in the site has stopped.</summary>
internal sealed class LocalClusterLifetime(LocalPostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cluster.Stop();
        return Task.CompletedTask;
    }
}
