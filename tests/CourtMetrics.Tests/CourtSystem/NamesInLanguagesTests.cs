using CourtMetrics.CourtSystem;
using CourtMetrics.Tests.Simulation;
using CourtMetrics.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>
/// Courts, regions, levels and categories are named in the reader's language wherever they appear — the pickers and
/// the heading of the dashboard, the chart images and decks — and a name missing in a language falls back to the
/// one in the court system's first language.
/// </summary>
[Trait("Calendar", "today")]
public sealed class NamesInLanguagesTests() : PageTests(seedCourtSystem: false)
{
    private async Task<(int Region, int Court)> ImportAsync()
    {
        var output = new StringWriter();
        Assert.True(await CourtSystemCommand.RunAsync(App.Services, [CourtSystemImportTests.Example], output, CancellationToken.None) == 0, output.ToString());
        var court = await App.DataSource.ScalarAsync<int>("SELECT id FROM courts WHERE code = 'AKM-01'");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("n-1", court, 1, today, null));
        await App.AggregateAsync();
        return (await App.DataSource.ScalarAsync<int>("SELECT id FROM regions WHERE code = 'AKM'"), court);
    }

    [Theory]
    [InlineData("kk", "Ақмола облысы", "Көкшетау қалалық соты (Аудандық сот)", "Азаматтық", "Астана Есіл аудандық соты")]
    [InlineData("ru", "Акмолинская область", "Кокшетауский городской суд (Районный суд)", "Гражданские", "Astana Esil District Court")]
    [InlineData("en", "Akmola Region", "Kokshetau City Court (District court)", "Civil", "Astana Esil District Court")]
    public async Task The_pickers_and_the_heading_name_the_court_system_in_the_readers_language(string language, string region,
        string court, string category, string astanaCourt)
    {
        var (regionId, courtId) = await ImportAsync();

        var page = await Chromium.OpenAsync(new Uri(Url, $"/?lang={language}&region={regionId}"));

        await Expect(page.Locator("#region option:checked")).ToHaveTextAsync(region);
        await Expect(page.Locator("#court option", new() { HasText = court })).ToHaveCountAsync(1);
        await Expect(page.Locator("#category option", new() { HasText = category })).ToHaveCountAsync(1);
        await Expect(page.Locator("#scope-name")).ToHaveTextAsync(region);
        await page.GotoAsync(new Uri(Url, $"/?lang={language}&court={courtId}").ToString());
        await Expect(page.Locator("#scope-name")).ToHaveTextAsync(court[..court.IndexOf(" (")]);
        var astana = await App.DataSource.ScalarAsync<int>("SELECT id FROM regions WHERE code = 'AST'");
        await page.GotoAsync(new Uri(Url, $"/?lang={language}&region={astana}").ToString());
        // The Astana court has no Russian name: the name in the first language (English) stands in.
        await Expect(page.Locator("#court option", new() { HasText = astanaCourt })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("no-data")).ToBeHiddenAsync();
        Assert.Empty(Chromium.Errors);
    }

    [Fact]
    public async Task Chart_decks_name_the_scope_in_the_language_of_the_deck()
    {
        var (regionId, _) = await ImportAsync();
        using var http = new HttpClient { BaseAddress = Url };

        foreach (var (language, name) in new[] { ("kk", "Ақмола облысы"), ("ru", "Акмолинская область"), ("en", "Akmola Region") })
        {
            var bytes = await http.GetByteArrayAsync($"/api/charts/views/case-flow.pptx?lang={language}&scope=region:{regionId}");
            using var deck = PresentationDocument.Open(new MemoryStream(bytes), false);
            var title = deck.PresentationPart!.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
                .Select(id => (SlidePart)deck.PresentationPart.GetPartById(id.RelationshipId!)).First().Slide.InnerText;
            Assert.Contains(name, title);
        }
    }
}
