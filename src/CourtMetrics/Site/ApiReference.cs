using Scalar.AspNetCore;

namespace CourtMetrics.Site;

/// <summary>
/// The browsable reference of the OpenAPI document (/openapi/v1.json) for the vendors who call the ingestion API,
/// drawn by Scalar from the assets its package carries: nothing comes from the internet (the machines are offline).
/// Open like the document it shows.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api-reference";

    public static void MapApiReference(this WebApplication app) => app.MapScalarApiReference(Path, options => options
        .WithTitle("CourtMetrics API")
        .WithOpenApiRoutePattern("/openapi/{documentName}.json")
        // Everything that would reach out of the machine is off: web fonts, the AI agent, telemetry, the hosted client.
        .DisableDefaultFonts()
        .DisableAgent()
        .DisableTelemetry()
        .HideClientButton()
        .HideDeveloperTools());
}
