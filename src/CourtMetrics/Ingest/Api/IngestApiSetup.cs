using CourtMetrics.Ingest.ApiKeys;
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
}
