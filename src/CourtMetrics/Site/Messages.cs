using System.Text.Json;
using System.Text.RegularExpressions;

namespace CourtMetrics.Site;

/// <summary>
/// What the server says to the administrators' pages (refusals, problems, change lists) in English, Kazakh or
/// Russian: the 'server' table of wwwroot/admin/strings.json, the file that holds the pages' own texts too, so a
/// translator has one place. A request's language is its Accept-Language (the pages send their chosen one);
/// the command line and any client that asks for none are answered in English. Numbers are written as the chart
/// images write them for that language (Cultures).
/// </summary>
public static class Messages
{
    public static readonly string[] Languages = ["en", "kk", "ru"];

    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Load);

    /// <summary>The first language of the request's Accept-Language that the product speaks, by quality; else English.</summary>
    public static string LanguageOf(HttpContext? http)
    {
        if (http is null) return "en";
        var asked = http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1);
        foreach (var tag in asked)
        {
            var primary = tag.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (primary is not null && Languages.Contains(primary)) return primary;
        }
        return "en";
    }

    /// <summary>The message <paramref name="key"/> in a language, {0}, {1}… filled in (a Phrase argument is said in the same language).</summary>
    public static string Say(string language, string key, params object?[] args)
    {
        var texts = Table.Value.TryGetValue(key, out var found) ? found : throw new KeyNotFoundException($"No message '{key}' in strings.json");
        var index = Math.Max(0, Array.IndexOf(Languages, language));
        var said = args.Select(a => a switch
        {
            Phrase p => p.In(language),
            IEnumerable<Phrase> list => string.Join(", ", list.Select(p => p.In(language))),
            _ => a,
        }).ToArray();
        return string.Format(Cultures.Of(Languages[index]), texts[index], said);
    }

    /// <summary>A counted message ("{0} change|{0} changes"): the language's plural form, as the pages' count() chooses it.</summary>
    public static string Count(string language, string key, long n)
    {
        var forms = Say(language, key, n).Split('|');
        return forms[Math.Min(PluralForm(language, n), forms.Length - 1)];
    }

    public static string Say(HttpContext http, string key, params object?[] args) => Say(LanguageOf(http), key, args);

    /// <summary>
    /// A reason an import gives for a bad row (written in English where it is found, set-based in SQL): its
    /// translation from the table's 'reason: …' entries; one that carries values of the row (a line, a date) is
    /// matched by the words before them. A reason the table lacks is given as written.
    /// </summary>
    public static string Reason(string language, string reason)
    {
        if (language == "en") return reason;
        if (Table.Value.ContainsKey($"reason: {reason}")) return Say(language, $"reason: {reason}");
        foreach (var (key, pattern) in Reasons.Value)
            if (pattern.Match(reason) is { Success: true } match)
                return Say(language, key, match.Groups.Values.Skip(1).Select(g => (object?)Reason(language, g.Value)).ToArray());
        return reason;
    }

    // The reasons that carry values: "the court opened on {0}, after this filing" matches the text around {0}, {1}.
    private static readonly Lazy<List<(string Key, Regex Pattern)>> Reasons = new(() => Table.Value.Keys
        .Where(k => k.StartsWith("reason: ", StringComparison.Ordinal) && k.Contains("{0}"))
        .Select(k => (k, new Regex("^" + Regex.Replace(Regex.Escape(k["reason: ".Length..]), @"\\\{\d\}", "(.+?)") + "$")))
        .ToList());

    /// <summary>Every key with its three texts, for the table's own test.</summary>
    public static IReadOnlyDictionary<string, string[]> All => Table.Value;

    // English one|other, Kazakh one form, Russian one|few|many (as wwwroot/js/locale-rules.js pluralForm).
    private static int PluralForm(string language, long n) => language switch
    {
        "kk" => 0,
        "ru" => n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? 1 : 2,
        _ => n == 1 ? 0 : 1,
    };

    private static Dictionary<string, string[]> Load()
    {
        var path = Path.Combine(RepositoryLayout.WebRoot(AppContext.BaseDirectory), "admin", "strings.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("server").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(t => t.GetString() ?? "").ToArray(), StringComparer.Ordinal);
    }
}

/// <summary>A message of the table said later, in the language of whoever reads it (a problem found before the
/// request's language matters: the court-system rules, the command line); in English when simply printed.</summary>
public sealed record Phrase(string Key, params object?[] Args)
{
    public string In(string language) => Messages.Say(language, Key, Args);

    public override string ToString() => In("en");
}
