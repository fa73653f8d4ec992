using System.Text.Json;
using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The page's labels come from three tables merged into one (js/i18n.js, the labels of views/charts.json spread over
/// it, and on the administrators' pages admin/strings.json added over both): a key defined twice with other words
/// silently replaces the first — as a column heading "Target" once replaced the court page's "target {0}" tooltip.
/// No database, no browser.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class PageLabelsTests
{
    private static readonly string WebRoot = RepositoryLayout.WebRoot(AppContext.BaseDirectory);

    [Fact]
    public void No_label_key_is_defined_in_two_tables_with_other_words()
    {
        var clashes = new List<string>();
        var page = Unique("i18n.js", PageKeys(), clashes);
        var shared = Unique("views/charts.json", Json(Path.Combine(WebRoot, "js", "views", "charts.json"), "labels"), clashes);
        var admin = Unique("admin/strings.json", Json(Path.Combine(WebRoot, "admin", "strings.json"), "pages"), clashes);
        Assert.True(page.Count > 50 && shared.Count > 20 && admin.Count > 50, "the tables were read");

        foreach (var (name, table) in new[] { ("views/charts.json", shared), ("admin/strings.json", admin) })
            foreach (var (key, english) in table)
                if (page.TryGetValue(key, out var other) && other != english) clashes.Add($"{key}: i18n.js '{other}', {name} '{english}'");
        foreach (var (key, english) in admin)
            if (shared.TryGetValue(key, out var other) && other != english) clashes.Add($"{key}: views/charts.json '{other}', admin/strings.json '{english}'");
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    /// <summary>The English text of each key of i18n.js's table ("  key: ['English', 'Қазақша', 'Русский'],").</summary>
    private static IEnumerable<KeyValuePair<string, string>> PageKeys() =>
        PageKey().Matches(File.ReadAllText(Path.Combine(WebRoot, "js", "i18n.js")))
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, Regex.Unescape(m.Groups[2].Value)));

    private static List<KeyValuePair<string, string>> Json(string path, string section)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty(section).EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value[0].GetString()!)).ToList();
    }

    /// <summary>A table by key; a key written twice in one table (the later one wins unseen) is a clash too.</summary>
    private static Dictionary<string, string> Unique(string name, IEnumerable<KeyValuePair<string, string>> entries, List<string> clashes)
    {
        var table = new Dictionary<string, string>();
        foreach (var (key, english) in entries)
            if (!table.TryAdd(key, english)) clashes.Add($"{key}: written twice in {name}");
        return table;
    }

    [GeneratedRegex(@"^\s{2}(\w+): \[\s*'((?:[^'\\]|\\.)*)'", RegexOptions.Multiline)]
    private static partial Regex PageKey();
}
