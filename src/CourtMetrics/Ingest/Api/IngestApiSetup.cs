using System.Security.Claims;
using System.Threading.RateLimiting;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Ingest.Api;

/// <summary>The ingestion API: source systems send event batches with their API key; administrators manage the keys.</summary>
public static class IngestApiSetup
{
    private const string RatePolicy = "ingest-batches";

    public static void AddIngestApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestApiOptions>().Bind(configuration.GetSection("IngestApi")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<EventBatches>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.SourceSystemClaim));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<IngestApiOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            // Per key: the policy runs after authorization, so the user is the key's source system.
            limiter.AddPolicy(RatePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerWindow, Window = TimeSpan.FromSeconds(limits.WindowSeconds), QueueLimit = 0,
                }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => TooManyAsync(rejected, limits);
        });
    }

    /// <summary>After UseAccounts (authentication and authorization): the rate limits see the authenticated key.</summary>
    public static void UseIngestApi(this WebApplication app) => app.UseRateLimiter();

    public static void MapIngestApi(this WebApplication app)
    {
        app.MapPost("/api/ingest/batches", BatchEndpoint.PostAsync)
            .RequireAuthorization(ApiKeyAuthentication.Policy)
            .RequireRateLimiting(RatePolicy)
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

    private static ValueTask TooManyAsync(OnRejectedContext rejected, IngestApiOptions limits) => TooManyRequests.AnswerAsync(rejected,
        limits.WindowSeconds, "Too many batches",
        wait => $"This API key may send {limits.RequestsPerWindow:N0} batches per {limits.WindowSeconds:N0} s: try again in {wait:N0} s.");
}
