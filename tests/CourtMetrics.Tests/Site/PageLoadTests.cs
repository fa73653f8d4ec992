using System.Text.Json;
using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// What the dashboard downloads first (issue 19: first chart under a second): index.html preloads every module
/// main.js imports, directly or not, unless the page runs it itself, and nothing else — a module left out is fetched
/// one level of imports later, one more round trip before the first chart; and the vendored ECharts is the build of src/echarts-build at the version
/// its package-lock.json holds (a lock moved without a rebuild would leave the pages on the old build). No database,
/// no browser.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class PageLoadTests
{
    private static readonly string WebRoot = RepositoryLayout.WebRoot(AppContext.BaseDirectory);

    [Fact]
    public void The_page_preloads_exactly_the_modules_main_js_imports()
    {
        var page = File.ReadAllText(Path.Combine(WebRoot, "index.html"));
        var preloaded = Preloads().Matches(page).Select(m => m.Groups["href"].Value).ToHashSet();
        var scripts = ModuleScripts().Matches(page).Select(m => m.Groups["src"].Value).ToHashSet(); // fetched at once
        var imported = new SortedSet<string>(StringComparer.Ordinal);
        Collect("js/main.js", imported);

        Assert.Contains("js/main.js", scripts);
        Assert.Empty(imported.Except(preloaded).Except(scripts));
        Assert.Empty(preloaded.Except(imported));
        Assert.Empty(preloaded.Intersect(scripts));
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

    [GeneratedRegex("""<link rel="modulepreload" href="(?<href>[^"]+)"[^>]*>""")]
    private static partial Regex Preloads();

    [GeneratedRegex("""<script src="(?<src>[^"]+)" type="module"[^>]*>""")]
    private static partial Regex ModuleScripts();

    /// <summary>Static imports and re-exports (export … from) naming a module of the site.</summary>
    [GeneratedRegex("""^\s*(?:import|export)\s[^;]*?\sfrom\s+'(?<path>\.[^']+)'""", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Imports();
}
