extern alias app;

using CourtMetrics.Database;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// The real app on a real loopback port over a given database, quiet, with the demo simulator off unless the
/// settings (configuration keys, e.g. "Simulation:Enabled") say otherwise.
/// </summary>
public sealed class BenchmarkApp(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<app::Program>
{
    public Uri StartOnRealPort()
    {
        // A console project gets no MvcTestingAppManifest.json, so name the site's content root the documented way.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COURTMETRICS",
            Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "src", "CourtMetrics"));
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:CourtMetrics", connectionString);
        builder.UseSetting("Simulation:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Security:ChartsPerWindow", "1000000"); // a benchmark measures rendering, not the rate limit
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }
}
