using CourtMetrics.Database;

namespace CourtMetrics.Site;

public static class SiteSetup
{
    /// <summary>The web root is the repository's top-level wwwroot/ (or the published copy beside the binaries).</summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        WebRootPath = RepositoryLayout.WebRoot(Directory.GetCurrentDirectory()),
    };

    public static void AddSite(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
    }

    public static void UseSite(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
    }
}
