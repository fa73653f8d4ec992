using CourtMetrics.Release;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;

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
        // The app's one clock: whatever depends on today asks it (and SQL gets the day it gives as a parameter).
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        // The document carries the product's version (the API reference shows it beside the title).
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CourtMetrics";
            document.Info.Version = ProductVersion.Current;
            return Task.CompletedTask;
        }));
    }

    /// <summary>Errors answer as ProblemDetails, without stack traces.</summary>
    public static void UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    public static void UseSite(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseMiddleware<CompressedStaticFiles>();
        app.UseStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
            app.Logger.LogInformation("CourtMetrics dashboard: {Url}", address);
    }
}
