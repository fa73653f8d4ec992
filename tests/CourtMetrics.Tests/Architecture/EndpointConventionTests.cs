using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Architecture;

/// <summary>
/// Every endpoint is written one way: mapped in a &lt;Feature&gt;Endpoints.cs on a MapGroup, to a named handler that
/// answers with TypedResults, refusals through ProblemAnswers. Read from the source, so a second way fails here.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class EndpointConventionTests
{
    private static readonly string Source = Path.Combine(RepositoryLayout.Root(AppContext.BaseDirectory), "src", "CourtMetrics");

    private static IEnumerable<(string File, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(Source, f), File.ReadAllText(f)));

    [Fact]
    public void Endpoints_are_mapped_only_in_feature_endpoint_files_on_a_group_to_named_handlers()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files read from {Source}");
        var found = new List<string>();
        foreach (var (file, text) in files)
        {
            var maps = MapCall().Matches(text);
            if (maps.Count == 0) continue;
            if (!file.EndsWith("Endpoints.cs")) found.Add($"{file}: maps an endpoint outside a <Feature>Endpoints.cs");
            if (!text.Contains(".MapGroup(") && !text.Contains("this RouteGroupBuilder")) found.Add($"{file}: maps endpoints without a MapGroup");
            found.AddRange(maps.Where(m => m.Groups["handler"].Value.Contains("=>"))
                .Select(m => $"{file}: a lambda handler ({m.Value.Trim()}…)"));
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Answers_are_typed_and_refusals_go_through_the_one_helper()
    {
        var found = SourceFiles()
            .Where(f => f.File != Path.Combine("Site", "ProblemAnswers.cs"))
            .SelectMany(f => UntypedAnswer().Matches(f.Text).Select(m => $"{f.File}: {m.Value}"))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void The_check_sees_a_lambda_handler_and_an_untyped_answer()
    {
        const string text = """api.MapGet("/x", (Foo foo) => Results.Ok(foo)).WithName("X");""";
        Assert.Contains("=>", MapCall().Match(text).Groups["handler"].Value);
        Assert.Matches(UntypedAnswer(), text);
        Assert.DoesNotContain("=>", MapCall().Match("""api.MapGet("/x", GetX).WithName("X");""").Groups["handler"].Value);
        Assert.DoesNotMatch(UntypedAnswer(), "TypedResults.Ok(foo)");
    }

    [GeneratedRegex("""\.Map(Get|Post|Put|Delete|Patch|Methods)\("[^"]*",(?<handler>[^;\n]*)""")]
    private static partial Regex MapCall();

    [GeneratedRegex("""(?<![A-Za-z])Results\.[A-Z][A-Za-z]*\(""")]
    private static partial Regex UntypedAnswer();
}
