using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Security;
using Microsoft.AspNetCore.Authentication;

namespace CourtMetrics.Ingest.Api;

/// <summary>The ingestion API: source systems send event batches with their API key; administrators manage the keys.</summary>
public static class IngestApiSetup
{
    public static void AddIngestApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestApiOptions>().Bind(configuration.GetSection("IngestApi")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<EventBatches>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.SourceSystemClaim));
    }

    public static void MapIngestApi(this WebApplication app)
    {
        app.MapPost("/api/ingest/batches", BatchEndpoint.PostAsync)
            .RequireAuthorization(ApiKeyAuthentication.Policy)
            .RequireRateLimiting(RateLimits.IngestBatches)
            .WithTags("Ingestion")
            .WithName("SendBatch")
            .WithSummary("Sends a batch of events of a source system (API key in 'Authorization: Bearer' or 'X-Api-Key'): all written in one transaction, or none.")
            .WithDescription("Cases filed, disposed, reopened and corrected, judgments published, hearings, budget lines and portal use, "
                + "identified by the source system's ids: a batch sent again changes nothing. A bad item refuses the whole batch; the "
                + "problem names every bad item by its index in items, its kind, field and reason. The written cells are aggregated "
                + "and pushed to live dashboards.")
            .Accepts<EventBatch>("application/json")
            .Produces<BatchReceipt>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(BatchDocumentation.Describe);
        app.MapApiKeys();
    }
}
