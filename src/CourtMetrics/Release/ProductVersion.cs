using System.Reflection;

namespace CourtMetrics.Release;

/// <summary>
/// The product's version, from its one source (Directory.Build.props &lt;Version&gt;): shown in the dashboard's footer,
/// /health's JSON, every response's X-CourtMetrics-Version header and the chart images' metadata.
/// </summary>
public static class ProductVersion
{
    public const string Header = "X-CourtMetrics-Version";

    // The SDK appends "+<commit>" to the informational version; the product's version is what precedes it.
    public static readonly string Current =
        (typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    public static void UseVersionHeader(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.Headers[Header] = Current;
        return next(context);
    });
}
