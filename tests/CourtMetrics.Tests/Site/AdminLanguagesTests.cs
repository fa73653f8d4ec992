using System.Text.Json;
using System.Text.RegularExpressions;
using CourtMetrics.Site;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// Every administration page in Kazakh and in Russian: the language is chosen with the masthead's switch on the
/// sign-in page and kept while an administrator goes through every page; no text a person sees is left in English
/// (the English table's texts, or Latin-only words that are not names or codes), and a refusal the server sends —
/// a wrong password, a viewer name already taken — is written in the page's language. One page per language.
/// </summary>
public sealed partial class AdminLanguagesTests : PageTests
{
    private static readonly string[] Pages =
        ["/admin/", "/admin/court-system.html", "/admin/targets.html", "/admin/playlists.html", "/admin/viewers.html",
         "/admin/api-keys.html", "/admin/import.html", "/admin/audit.html", "/admin/reports.html"];

    [Fact]
    public async Task Every_administration_page_speaks_Kazakh_and_Russian_and_the_server_refuses_in_that_language()
    {
        var english = EnglishTexts();
        foreach (var language in new[] { "kk", "ru" })
        {
            var page = await Chromium.OpenAsync(new Uri(Url, "/admin/sign-in.html"), 1366, 768);
            await page.Locator("#admin-language").SelectOptionAsync(language);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(page.Locator("#sign-in-title")).ToHaveTextAsync(Page(language, "signInTitle"));

            await page.Locator("input[name=userName]").FillAsync(AppFactory.AdministratorName);
            await page.Locator("input[name=password]").FillAsync("not the password");
            await page.Locator("#sign-in button[type=submit]").ClickAsync();
            await Expect(page.Locator("#sign-in-error")).ToHaveTextAsync(Messages.Say(language, "signInWrong"));
            await page.Locator("input[name=password]").FillAsync(AppFactory.AdministratorPassword);
            await page.Locator("#sign-in button[type=submit]").ClickAsync();
            await Expect(page.Locator("#signed-in-as")).ToHaveTextAsync(Page(language, "signedInAs").Replace("{0}", AppFactory.AdministratorName));

            var leftInEnglish = new List<string>();
            foreach (var path in Pages)
            {
                await page.GotoAsync(new Uri(Url, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                var texts = await VisibleTextsAsync(page);
                Assert.Contains((await page.Locator("h1").TextContentAsync())!.Trim(), texts); // the walk sees the page
                leftInEnglish.AddRange(texts.Where(text => IsEnglish(text, english)).Select(text => $"{path}: {text}"));
                await Browser.ScreenshotAsync(page, $"administration-{language}{path.Replace("/admin/", "-").Replace(".html", "").TrimEnd('-')}");
            }
            Assert.Empty(leftInEnglish);

            // A refusal of the server, shown on the page that sent the request.
            await page.GotoAsync(new Uri(Url, "/admin/viewers.html").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            await page.Locator("#f-user").FillAsync(AppFactory.AdministratorName);
            await page.Locator("#f-password").FillAsync("a long enough password");
            await page.Locator("#f-scopes").SelectOptionAsync("region:1");
            await page.Locator("#viewer-form button[type=submit]").ClickAsync();
            await Expect(page.Locator("#viewer-error")).ToHaveTextAsync(
                $"{Page(language, "userName")}: {Messages.Say(language, "viewerNameTaken", AppFactory.AdministratorName)}");
            await page.Context.CloseAsync();
        }
        Assert.DoesNotContain(Chromium.Errors, e => !e.Contains("401") && !e.Contains("400"));
    }

    /// <summary>Every text node a person sees (and the options of the lists they open), and the window's title.</summary>
    private static async Task<IReadOnlyList<string>> VisibleTextsAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => {
          const texts = [document.title];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            const text = node.textContent.trim();
            if (!text || parent.closest('code, script, style')) continue; // code is code in every language
            const shown = parent.closest('select') ? parent.closest('select').checkVisibility() : parent.checkVisibility({ visibilityProperty: true });
            if (shown) texts.push(text);
          }
          for (const group of document.querySelectorAll('optgroup')) if (group.parentElement.checkVisibility()) texts.push(group.label);
          for (const labelled of document.querySelectorAll('[aria-label]')) if (labelled.checkVisibility()) texts.push(labelled.getAttribute('aria-label'));
          return texts;
        }
        """);

    /// <summary>A text still in English: one of the English table's, or Latin words once names and codes are taken out.</summary>
    private static bool IsEnglish(string text, HashSet<string> english)
    {
        if (english.Contains(text)) return true;
        var rest = NamesAndCodes().Replace(text, " ");
        return !Cyrillic().IsMatch(text) && Words().IsMatch(rest);
    }

    // The fixture court system's own names and codes (not the product's words), the user, the brand, file formats
    // and encodings, the languages' own names, sample file names and routes recorded in the audit log.
    [GeneratedRegex(@"CourtMetrics|North District 1|South District 1|North Regional|North|South|Civil|Criminal|district|regional|\badmin\b|" +
                    @"CSV|JSON|PPTX|UTF-8|ISO-8859-1|Windows-125[12]|English|[\w-]+\.csv|\b(GET|POST|PUT|DELETE) /\S*|\b[a-z]{2}(?=:)|\b[A-Z]{1,3}(-\d+)?\b")]
    private static partial Regex NamesAndCodes();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")]
    private static partial Regex Cyrillic();

    private static JsonElement Strings()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.WebRoot(AppContext.BaseDirectory), "admin", "strings.json")));
        return document.RootElement.Clone();
    }

    private static string Page(string language, string key) =>
        Strings().GetProperty("pages").GetProperty(key)[Array.IndexOf(Messages.Languages, language)].GetString()!;

    // The English texts that the other languages write differently (a text that is a code in all three is no fault).
    private static HashSet<string> EnglishTexts() => Strings().GetProperty("pages").EnumerateObject()
        .Select(p => p.Value.EnumerateArray().Select(t => t.GetString()!).ToArray())
        .Where(t => t[1] != t[0] && !t[0].Contains('{'))
        .Select(t => t[0]).ToHashSet();
}
