using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// What the dashboard downloads first (issue 19: first chart under a second): index.html loads its modules as one
/// file, js/dashboard.bundle.js, built from js/main.js and everything it imports — and from nothing else: its banner
/// names a digest of those sources, so a module changed without a rebuild (src/echarts-build, `npm run build`) fails
/// here before a reader runs the old code; and the vendored ECharts is the build of src/echarts-build at the version
/// its package-lock.json holds (a lock moved without a rebuild would leave the pages on the old build). No database,
/// no browser.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class PageLoadTests
{
    private static readonly string WebRoot = RepositoryLayout.WebRoot(AppContext.BaseDirectory);

    [Fact]
    public void The_page_loads_its_modules_as_one_bundle_built_from_the_current_sources()
    {
        var page = File.ReadAllText(Path.Combine(WebRoot, "index.html"));
        Assert.Equal(["js/dashboard.bundle.js"], ModuleScripts().Matches(page).Select(m => m.Groups["src"].Value));
        Assert.DoesNotContain("modulepreload", page);

        var sources = new SortedSet<string>(StringComparer.Ordinal);
        Collect("js/main.js", sources);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            digest.AppendData(Encoding.UTF8.GetBytes(source + "\n"));
            digest.AppendData(File.ReadAllBytes(Path.Combine(WebRoot, source)));
            digest.AppendData("\n"u8);
        }
        var banner = string.Join("\n", File.ReadLines(Path.Combine(WebRoot, "js", "dashboard.bundle.js")).Take(2));
        Assert.True(banner.Contains($"from {sources.Count} sources") && banner.Contains($"sources sha256 {Convert.ToHexStringLower(digest.GetHashAndReset())}"),
            "js/dashboard.bundle.js is not the build of the current modules: run `cd src/echarts-build && npm ci && npm run build`");
    }

    [Fact]
    public void The_vendored_echarts_is_the_build_of_the_locked_version()
    {
        var build = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "src", "echarts-build");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(build, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/echarts").GetProperty("version").GetString();

        using var vendored = File.OpenText(Path.Combine(WebRoot, "vendor", "echarts.min.js"));
        var header = new char[2000];
        var head = new string(header, 0, vendored.ReadBlock(header));
        Assert.Contains($"A partial build of echarts {locked}:", head);
        Assert.Contains("Licensed to the Apache Software Foundation", head);
    }

    /// <summary>A module and, depth first, every module its static imports name (paths from the web root).</summary>
    private static void Collect(string module, ISet<string> seen)
    {
        if (!seen.Add(module) || !module.EndsWith(".js", StringComparison.Ordinal)) return;
        var directory = Path.GetDirectoryName(module)!;
        foreach (Match import in Imports().Matches(File.ReadAllText(Path.Combine(WebRoot, module))))
        {
            var target = Path.GetRelativePath(WebRoot, Path.GetFullPath(Path.Combine(WebRoot, directory, import.Groups["path"].Value)));
            Collect(target.Replace('\\', '/'), seen);
        }
    }

    [GeneratedRegex("""<script src="(?<src>[^"]+)" type="module"[^>]*>""")]
    private static partial Regex ModuleScripts();

    /// <summary>Static imports and re-exports (export … from) naming a module of the site.</summary>
    [GeneratedRegex("""^\s*(?:import|export)\s[^;]*?\sfrom\s+'(?<path>\.[^']+)'""", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Imports();
}
