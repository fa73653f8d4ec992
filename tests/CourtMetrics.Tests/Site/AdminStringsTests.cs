using System.Text.Json;
using System.Text.RegularExpressions;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// The administrators' string table (wwwroot/admin/strings.json): every English text has its Kazakh and Russian,
/// with the same placeholders and markup, and every key the pages name exists. No database, no browser.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class AdminStringsTests
{
    private static readonly string WebRoot = RepositoryLayout.WebRoot(AppContext.BaseDirectory);

    private static Dictionary<string, string[]> Table(string section)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebRoot, "admin", "strings.json")));
        return document.RootElement.GetProperty(section).EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(t => t.GetString()!).ToArray());
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("server")]
    public void Every_English_text_has_its_Kazakh_and_Russian_with_the_same_placeholders_and_markup(string section)
    {
        var problems = new List<string>();
        foreach (var (key, texts) in Table(section))
        {
            if (texts.Length != 3 || texts.Any(string.IsNullOrWhiteSpace)) { problems.Add($"{key}: not [en, kk, ru]"); continue; }
            var (en, kk, ru) = (texts[0], texts[1], texts[2]);
            foreach (var (language, text) in new[] { ("kk", kk), ("ru", ru) })
            {
                if (!Placeholders(en).SetEquals(Placeholders(text))) problems.Add($"{key} ({language}): placeholders differ from English");
                if (!Tags(en).SequenceEqual(Tags(text))) problems.Add($"{key} ({language}): markup differs from English");
                // Words of a sentence are Cyrillic; a text may stay Latin only when it is all codes and symbols.
                if (Letters().IsMatch(en) && !Cyrillic().IsMatch(text) && text == en && !Untranslatable.Contains(key))
                    problems.Add($"{key} ({language}): still the English '{en}'");
            }
            // Counted words (keys count…): one|other, one, one|few|many.
            var forms = (en: en.Split('|').Length, kk: kk.Split('|').Length, ru: ru.Split('|').Length);
            if (key.StartsWith("count") && (forms.en != 2 || forms.kk != 1 || forms.ru != 3)) problems.Add($"{key}: counted forms are not one|other, one, one|few|many");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_key_the_admin_pages_name_is_in_the_table()
    {
        var keys = Table("pages").Keys.Concat(["language", "administration"]).ToHashSet(); // the last two: the dashboard's
        var admin = Path.Combine(WebRoot, "admin");
        var named = Directory.GetFiles(admin, "*.html").SelectMany(f => Attributes().Matches(File.ReadAllText(f)).Select(m => (f, m.Groups[1].Value)))
            .Concat(Directory.GetFiles(admin, "*.js").SelectMany(f => Calls().Matches(File.ReadAllText(f)).Select(m => (f, m.Groups[1].Value))))
            .Where(x => !keys.Contains(x.Item2)).Select(x => $"{Path.GetFileName(x.f)}: {x.Item2}").ToList();
        Assert.Empty(named);
    }

    [Fact]
    public void The_server_answers_in_the_request_language_and_counts_by_each_language_rules()
    {
        Assert.Equal("3 changes", Messages.Count("en", "countChanges", 3));
        Assert.Equal("1 change", Messages.Count("en", "countChanges", 1));
        Assert.Equal("3 өзгеріс", Messages.Count("kk", "countChanges", 3));
        Assert.Equal("21 изменение", Messages.Count("ru", "countChanges", 21));
        Assert.Equal("3 изменения", Messages.Count("ru", "countChanges", 3));
        Assert.Equal("12 изменений", Messages.Count("ru", "countChanges", 12));
        Assert.Equal("сот 2020-01-01 ашылған, бұл іс түскеннен кейін",
            Messages.Reason("kk", "the court opened on 2020-01-01, after this filing"));
        Assert.Equal("строка повреждена: поле в кавычках не закрыто", Messages.Reason("ru", "malformed row: unterminated quoted field"));
        Assert.Equal("a reason nobody wrote down", Messages.Reason("ru", "a reason nobody wrote down"));
    }

    // Texts that are the same in every language: codes and symbols only.
    private static readonly HashSet<string> Untranslatable = ["changeField", "problemAt", "stepCourtSystemDone"];

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    private static IEnumerable<string> Tags(string text) => TagPattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{(\d)(:[A-Z0-9]+)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"<(/?[a-z]+)")]
    private static partial Regex TagPattern();

    [GeneratedRegex("[A-Za-z]{2}")]
    private static partial Regex Letters();

    [GeneratedRegex("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"data-(?:i18n|i18n-html|page)=""([^""]+)""")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"\b(?:t|count)\('([A-Za-z][\w-]*)'")]
    private static partial Regex Calls();
}
