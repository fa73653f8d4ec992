using System.Text.Json;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Release;

/// <summary>THIRD-PARTY-NOTICES.md names every package the app ships (direct or transitive) and every vendored file.</summary>
[Trait("Category", "Unit")]
public sealed class ThirdPartyNoticesTests
{
    private static readonly string Root = RepositoryLayout.Root(AppContext.BaseDirectory);
    private static readonly string Notices = File.ReadAllText(Path.Combine(Root, "THIRD-PARTY-NOTICES.md"));

    [Fact]
    public void Every_package_in_the_apps_restore_graph_has_a_notice()
    {
        // The restore graph of the app project: its references and every package they bring, all in the publish output.
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "CourtMetrics", "obj", "project.assets.json")));
        var packages = assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/')[0]).ToList();

        Assert.Contains("Hangfire.Core", packages);
        var missing = packages.Where(package => !Notices.Contains($"| `{package}` |")).ToList();
        Assert.True(missing.Count == 0, $"THIRD-PARTY-NOTICES.md names no {string.Join(", ", missing)}");
        Assert.Contains("LGPL-3.0", Notices);
    }

    [Fact]
    public void Every_vendored_file_has_a_notice()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "wwwroot", "vendor")).Select(Path.GetFileName)
            .Where(name => name != "VERSIONS.md").ToList();

        Assert.Contains("echarts.min.js", files);
        var missing = files.Where(file => !Notices.Contains($"| `{file}` |")).ToList();
        Assert.True(missing.Count == 0, $"THIRD-PARTY-NOTICES.md names no {string.Join(", ", missing)}");
        Assert.Contains("NOTICE", Notices);
    }
}
