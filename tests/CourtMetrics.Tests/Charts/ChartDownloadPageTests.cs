using System.Buffers.Binary;
using System.IO.Compression;
using CourtMetrics.Tests.Site;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Charts;

/// <summary>The download menus of the dashboard in Chromium, driven with the keyboard as a user without a mouse would.</summary>
public sealed class ChartDownloadPageTests : DashboardFixture
{
    private static async Task<byte[]> DownloadAsync(IPage page, ILocator menu, string item)
    {
        await menu.Locator("summary").FocusAsync();
        if (await menu.GetAttributeAsync("open") is null) await page.Keyboard.PressAsync("Enter");
        var link = menu.GetByRole(AriaRole.Link, new() { Name = item });
        await Expect(link).ToBeVisibleAsync();
        await link.FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    [Fact]
    public async Task A_chart_menu_downloads_the_chart_as_png_and_its_numbers_as_csv_and_xlsx()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=case-flow&region=1"));
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var menu = page.Locator(".card[data-measures='incoming resolved'] details.menu");
        await Expect(menu.Locator("summary")).ToHaveAttributeAsync("aria-label", "Download: Incoming and resolved");

        var png = await DownloadAsync(page, menu, "Image (PNG)");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

        var csvBytes = await DownloadAsync(page, menu, "Data (CSV)");
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]); // Excel reads UTF-8 only after its byte-order mark
        var csv = System.Text.Encoding.UTF8.GetString(csvBytes[3..]).TrimEnd().Split("\r\n");
        Assert.Equal("period_start,period_end,incoming,resolved", csv[0]);
        Assert.InRange(csv.Length - 1, 12, 13); // the last 12 months, and the new month's first day at a month's turn
        // North this month: 3 filed, 2 resolved, as the tiles show
        Assert.Contains(csv, row => row.StartsWith($"{ThisMonth},") && row.EndsWith(",3,2"));

        var xlsx = await DownloadAsync(page, menu, "Data (Excel)");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        Assert.Empty(UnexpectedErrors());
    }

    [Fact]
    public async Task The_view_offers_every_chart_as_a_zip_slides_and_a_pdf_with_its_labels_in_kazakh()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/?view=budget&lang=kk"));
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var packs = page.Locator("details.packs");
        await Expect(packs.Locator("summary")).ToHaveTextAsync("Барлық диаграммалар");
        await packs.Locator("summary").ClickAsync();
        await packs.GetByLabel("Сурет өлшемі").SelectOptionAsync("800x400");
        await Expect(packs.GetByRole(AriaRole.Link, new() { Name = "Слайдтар (PPTX)" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"views/budget\.pptx\?.*lang=kk"));
        await Expect(packs.GetByRole(AriaRole.Link, new() { Name = "Құжат (PDF)" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"views/budget\.pdf\?.*lang=kk"));

        var zip = await DownloadAsync(page, packs, "Суреттер (ZIP)");
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(6, archive.Entries.Count);
        Assert.All(archive.Entries, e => Assert.EndsWith(".png", e.Name));
        Assert.Empty(UnexpectedErrors());
    }
}
