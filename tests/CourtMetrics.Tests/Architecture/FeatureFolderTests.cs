using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Architecture;

/// <summary>
/// The app's feature folders (namespaces CourtMetrics.&lt;Folder&gt;) depend on each other without a cycle, so each can
/// be read, changed and tested from the ones beneath it. A folder uses another by a using directive or a qualified
/// name (CourtMetrics.&lt;Folder&gt;. or &lt;Folder&gt;.&lt;Type&gt;), read from the source.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class FeatureFolderTests
{
    private static readonly string Source = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "src", "CourtMetrics");

    [Fact]
    public void No_feature_folder_depends_on_itself_through_others()
    {
        var graph = DependencyGraph();
        Assert.True(graph.Count >= 15, $"only {graph.Count} folders read from {Source}");
        var cycles = graph.Keys.Select(folder => CycleFrom(folder, graph)).OfType<string>().Distinct().ToList();
        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void The_check_sees_a_cycle_made_on_purpose()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>
        {
            ["Live"] = new() { ["Accounts"] = "LiveHub.cs" },
            ["Accounts"] = new() { ["Scopes"] = "ScopeAccess.cs", ["Live"] = "ViewerEndpoints.cs" },
            ["Scopes"] = new(),
        };
        Assert.Equal("Accounts → Live (ViewerEndpoints.cs) → Accounts (LiveHub.cs)", CycleFrom("Accounts", graph));
        graph["Accounts"].Remove("Live");
        Assert.Null(CycleFrom("Accounts", graph));
    }

    /// <summary>Folder → the folders it uses, each with one file that shows it.</summary>
    private static Dictionary<string, Dictionary<string, string>> DependencyGraph()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet()!;
        var graph = folders.ToDictionary(f => f!, _ => new Dictionary<string, string>());
        foreach (var file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var code = Comment().Replace(File.ReadAllText(file), "");
            if (Namespace().Match(code) is not { Success: true } declared || !graph.TryGetValue(declared.Groups[1].Value, out var uses)) continue;
            foreach (Match used in Reference().Matches(code))
            {
                var folder = used.Groups[1].Success ? used.Groups[1].Value : used.Groups[2].Value;
                if (folder != declared.Groups[1].Value && graph.ContainsKey(folder)) uses.TryAdd(folder, Path.GetFileName(file));
            }
        }
        return graph;
    }

    /// <summary>A path from the folder back to itself, written out, or null.</summary>
    private static string? CycleFrom(string start, IReadOnlyDictionary<string, Dictionary<string, string>> graph)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<(string Folder, string Path)>([(start, start)]);
        while (stack.TryPop(out var at))
            foreach (var (next, file) in graph[at.Folder].OrderBy(d => d.Key))
            {
                var path = $"{at.Path} → {next} ({file})";
                if (next == start) return path;
                if (seen.Add(next)) stack.Push((next, path));
            }
        return null;
    }

    [GeneratedRegex(@"^namespace CourtMetrics\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bCourtMetrics\.(\w+)|(?<![\w.""])([A-Z]\w+)\.[A-Z]\w*")]
    private static partial Regex Reference();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
