using CourtMetrics.Observability;
using CourtMetrics.Site;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Nodes;

public static class NodeSetup
{
    public static void AddNode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NodeOptions>().Bind(configuration.GetSection(NodeOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        if (NodeOptions.From(configuration).KeysDirectory is { Length: > 0 } keys)
            services.AddDataProtection().SetApplicationName("CourtMetrics").PersistKeysToFileSystem(new DirectoryInfo(keys));
    }

    /// <summary>
    /// A worker node answers only /health and /metrics (its jobs' figures): a load balancer that sends a user to it
    /// by mistake gets a clear 404 rather than a page whose live updates would depend on a node nobody routes to.
    /// </summary>
    public static void UseNodeRole(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<NodeOptions>>().Value.ServesUsers) return;
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments(ObservabilityOptions.ScrapePath))
            {
                await next();
                return;
            }
            await ProblemAnswers.WriteAsync(context, StatusCodes.Status404NotFound, "Not served by a worker node",
                "This node runs background jobs only (Node:Role = worker); pages and APIs are on the web nodes.");
        });
    }
}
