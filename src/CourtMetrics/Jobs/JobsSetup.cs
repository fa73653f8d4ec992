using CourtMetrics.Security;
using CourtMetrics.Accounts;
using CourtMetrics.Database;
using CourtMetrics.Nodes;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Jobs;

public static class JobsSetup
{
    public const string AggregationQueue = "aggregation";

    public static void AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection("Jobs")).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection("Jobs").Get<JobsOptions>() ?? new();
        var connectionString = configuration.GetConnectionString(DatabaseSetup.ConnectionName)!;

        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new JobTelemetry())
            .UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = options.Schema,
                PrepareSchemaIfNecessary = true,
                // Workers LISTEN for new jobs, so an enqueued aggregation starts at once rather than at the next poll.
                EnableLongPolling = true,
            }));
        // A web node only enqueues; Jobs:RunServer = false still switches the server off on any role.
        if (options.RunServer && NodeOptions.From(configuration).RunsWork)
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = options.Workers;
                server.Queues = [AggregationQueue, "default"];
            });
        services.AddScoped<Aggregator>();
        services.AddScoped<DurationDays>();
        services.AddSingleton<AggregationRequests>();
        services.AddSingleton<AggregationMinutes>();
        services.AddHostedService<RecurringJobsRegistration>();
    }

    /// <summary>For signed-in administrators only: the endpoint requires the policy, so Hangfire's own filters are not needed.</summary>
    public static void MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [],
            DashboardTitle = "CourtMetrics jobs",
            AppPath = "/admin/",
        }).RequireAuthorization(Administrators.Policy);
}

internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<Aggregator>("aggregation-sweep", JobsSetup.AggregationQueue,
            aggregator => aggregator.AggregateTouchedAsync(CancellationToken.None), options.Value.SweepCron);
        // Never on its own: administrators start it from the jobs dashboard ("Trigger now").
        jobs.AddOrUpdate<Aggregator>("full-rebuild", JobsSetup.AggregationQueue,
            aggregator => aggregator.RebuildAsync(CancellationToken.None), Cron.Never());
        jobs.AddOrUpdate<DurationDays>("duration-days", JobsSetup.AggregationQueue,
            days => days.FillAsync(CancellationToken.None), options.Value.DurationDaysCron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
