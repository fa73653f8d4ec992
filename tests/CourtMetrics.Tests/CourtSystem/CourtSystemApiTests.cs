using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.CourtSystem;
using CourtMetrics.Tests.Simulation;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.CourtSystem;

/// <summary>/api/court-system: administrators only; one court written or removed through the same rules as a file,
/// a court that holds data closed but never removed, every change audited.</summary>
public sealed class CourtSystemApiTests : AppTests
{
    protected override async Task SeedAsync()
    {
        var output = new StringWriter();
        Assert.True(await CourtSystemCommand.RunAsync(App.Services, [CourtSystemImportTests.Example], output, CancellationToken.None) == 0, output.ToString());
    }

    [Fact]
    public async Task Only_an_administrator_reads_or_changes_the_court_system()
    {
        var anonymous = App.AnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/court-system")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsync("/api/court-system", JsonContent.Create(new { }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/court-system/courts/AST-01")).StatusCode);
        var document = await (await App.AdministratorClientAsync()).GetFromJsonAsync<JsonElement>("/api/court-system");
        Assert.Equal(5, document.GetProperty("courts").GetArrayLength());
        Assert.Equal("Ақмола облысы", document.GetProperty("regions")[0].GetProperty("names").GetProperty("kk").GetString());
    }

    [Fact]
    public async Task A_court_with_cases_is_refused_removal_and_closing_before_its_last_case_but_may_be_closed_after_it()
    {
        var id = await App.DataSource.ScalarAsync<int>("SELECT id FROM courts WHERE code = 'AKM-01'");
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("c-1", id, 1, "2025-03-01", null));
        var admin = await App.AdministratorClientAsync();

        var removal = await admin.DeleteAsync("/api/court-system/courts/AKM-01");
        Assert.Equal(HttpStatusCode.BadRequest, removal.StatusCode);
        Assert.Contains("court 'AKM-01' holds cases, so it cannot be removed: give it a closing date (\"closed\") instead", await DetailAsync(removal));

        var court = (await admin.GetFromJsonAsync<CourtSystemDocument>("/api/court-system", CourtSystemDocument.Json))!.Courts!.Single(c => c.Code == "AKM-01");
        var early = await admin.PutAsJsonAsync("/api/court-system/courts/AKM-01", court with { Closed = new DateOnly(2025, 1, 31) }, CourtSystemDocument.Json);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("court 'AKM-01' has cases filed after 2025-01-31, its closing date (the latest on 2025-03-01)", await DetailAsync(early));

        var closing = await admin.PutAsJsonAsync("/api/court-system/courts/AKM-01", court with { Closed = new DateOnly(2025, 12, 31) }, CourtSystemDocument.Json);
        var outcome = await closing.Content.ReadFromJsonAsync<CourtSystemAnswer>(CourtSystemDocument.Json);
        Assert.True(closing.IsSuccessStatusCode, await closing.Content.ReadAsStringAsync());
        Assert.Equal(["court AKM-01: closed: (none) → \"2025-12-31\""], outcome!.Changes);
        Assert.Equal(new DateTime(2025, 12, 31), await App.DataSource.ScalarAsync<DateTime>("SELECT closed_on FROM courts WHERE code = 'AKM-01'"));
        var audit = await admin.GetStringAsync("/api/admin/audit");
        Assert.Contains("court AKM-01 written", audit);
    }

    [Fact]
    public async Task A_court_without_data_is_removed_and_an_unknown_one_is_not_found()
    {
        var admin = await App.AdministratorClientAsync();

        var removal = await admin.DeleteAsync("/api/court-system/courts/AST-01");

        Assert.True(removal.IsSuccessStatusCode, await removal.Content.ReadAsStringAsync());
        Assert.Equal(0, await App.DataSource.ScalarAsync<long>("SELECT count(*) FROM courts WHERE code = 'AST-01'"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/court-system/courts/AST-01")).StatusCode);
        Assert.Contains("court AST-01 removed", await admin.GetStringAsync("/api/admin/audit"));
    }

    [Fact]
    public async Task A_whole_file_through_the_api_can_be_tried_first_and_a_bad_one_names_its_line()
    {
        var admin = await App.AdministratorClientAsync();
        var text = File.ReadAllText(CourtSystemImportTests.Example).Replace("\"Kokshetau City Court\"", "\"Kokshetau Court No. 2\"");

        var dry = await admin.PutAsync("/api/court-system?dryRun=true", new StringContent(text, System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("Dry run, nothing was written: 1 change would be made.", await dry.Content.ReadAsStringAsync());
        Assert.Equal("Kokshetau City Court", await App.DataSource.ScalarAsync<string>("SELECT name FROM courts WHERE code = 'AKM-01'"));

        var bad = await admin.PutAsync("/api/court-system", new StringContent(text.Replace("\"level\": \"regional\"", "\"level\": \"appeal\""),
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Matches(@"line \d+, courts\[1\]\.level: there is no level 'appeal'", await DetailAsync(bad));

        var applied = await admin.PutAsync("/api/court-system", new StringContent(text, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(applied.IsSuccessStatusCode);
        Assert.Equal("Kokshetau Court No. 2", await App.DataSource.ScalarAsync<string>("SELECT name FROM courts WHERE code = 'AKM-01'"));
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
}
