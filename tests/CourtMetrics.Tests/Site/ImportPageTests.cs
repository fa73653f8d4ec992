using System.Text;
using CourtMetrics.Tests.Ingest;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>An administrator uploads CSV files on the import page of the demo court system and reads the reports.</summary>
public sealed class ImportPageTests : IAsyncLifetime
{
    private readonly DemoIngestApp _app = new() { OnRealPort = true };
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    private async Task<IPage> SignedInImportPageAsync()
    {
        var page = await _browser.OpenAsync(new Uri(_app.Url, "/admin/import.html"));
        await page.GetByLabel("User name").FillAsync(AppFactory.AdministratorName);
        await page.GetByLabel("Password").FillAsync(AppFactory.AdministratorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import a CSV file" })).ToBeVisibleAsync();
        return page;
    }

    private static async Task UploadAsync(IPage page, string kind, FilePayload file, bool acceptValid = false)
    {
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(kind);
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(file);
        if (acceptValid) await page.GetByLabel("Write the valid rows").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    // Five rows, each bad (W-1 is there twice, differently), in the demo's codes.
    private const string BadBudget = """
        source_system,source_id,court,fiscal_year,item,allocated,spent,booked_on
        web,W-1,ALA-01,2025,personnel,1000,,2025-01-01
        web,W-2,XX-99,2025,personnel,1000,,2025-01-01
        web,W-3,ALA-02,2025,operations,,-12.50,2025-02-01
        web,W-4,TUR-01,2025,capital,,10,2999-12-31
        web,W-1,SC,2025,personnel,5,,2025-01-01
        """;

    [Fact]
    public async Task A_good_file_is_uploaded_with_progress_and_its_report_shown_and_its_rows_stored()
    {
        var page = await SignedInImportPageAsync();

        await UploadAsync(page, "cases", Csv("cases.csv", File.ReadAllText(Path.Combine(DemoIngestApp.Samples, "cases.csv"))));

        await Expect(page.Locator("#report-summary")).ToHaveTextAsync("cases: 8 rows read, 8 inserted, 0 updated, 0 unchanged, 0 rejected.");
        await Expect(page.Locator("#import-status")).ToHaveTextAsync("Done.");
        await Expect(page.Locator("#problems")).ToBeHiddenAsync();
        await Expect(page.Locator("#rejected-csv")).ToBeHiddenAsync();
        Assert.Equal(8, await _app.ScalarAsync<long>("SELECT count(*) FROM cases WHERE source_system = 'sample'"));
        await Browser.ScreenshotAsync(page, "import-good-file");
        Assert.Empty(_browser.Errors);
    }

    [Fact]
    public async Task A_bad_file_names_each_bad_row_and_changes_nothing_and_accepting_the_valid_rows_offers_the_rejected_ones()
    {
        var page = await SignedInImportPageAsync();
        var before = await _app.StoredFactsAsync();

        await UploadAsync(page, "budget-lines", Csv("budget.csv", BadBudget));

        await Expect(page.Locator("#report-summary")).ToHaveTextAsync("budget-lines: nothing written; 5 of 5 rows are bad (5 problems).");
        await Expect(page.Locator("#import-status")).ToHaveTextAsync("Refused: nothing was written.");
        var rows = page.Locator("#problems tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await Expect(rows.Nth(0)).ToHaveTextAsync("2source_idduplicate id within the file with different valuesW-1 (lines 2, 6)");
        await Expect(rows.Nth(1)).ToHaveTextAsync("3courtunknown court codeXX-99");
        await Expect(rows.Nth(2)).ToHaveTextAsync("4spentnegative amount-12.50");
        await Expect(rows.Nth(3)).ToHaveTextAsync("5booked_ondate in the future2999-12-31");
        await Expect(rows.Nth(4)).ToHaveTextAsync("6source_idduplicate id within the file with different valuesW-1 (lines 2, 6)");
        await Expect(page.Locator("#totals tbody tr")).ToHaveCountAsync(4);
        await Browser.ScreenshotAsync(page, "import-bad-file");
        Assert.Equal(before, await _app.StoredFactsAsync());

        await UploadAsync(page, "budget-lines", Csv("budget.csv", BadBudget.Replace("web,W-1,SC", "web,W-5,SC")), acceptValid: true);

        await Expect(page.Locator("#report-summary")).ToHaveTextAsync("budget-lines: 5 rows read, 2 inserted, 0 updated, 0 unchanged, 3 rejected.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download the rejected rows (CSV)").ClickAsync());
        var rejected = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("3,court: unknown court code,web,W-2,XX-99,2025,personnel,1000,,2025-01-01", rejected);
        await Expect(page.Locator("#rejected-xlsx")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"/rejected\.xlsx\?lang=en$"));
        Assert.Equal(2, await _app.ScalarAsync<long>("SELECT count(*) FROM budget_lines WHERE source_system = 'web'"));
        Assert.Empty(_browser.Errors);
    }
}
