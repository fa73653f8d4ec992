using System.Net;
using System.Text;
using CourtMetrics.Ingest;
using CourtMetrics.Tests.Simulation;

namespace CourtMetrics.Tests.Ingest;

/// <summary>A closed court takes no cases after its closing date, whether they come in a file or in a batch.</summary>
public sealed class ClosedCourtTests : IAsyncLifetime
{
    private readonly IngestApiApp _app = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        await _app.DataSource.ScalarAsync<int>("UPDATE courts SET closed_on = '2023-06-30', opened_on = '2000-01-01' WHERE code = 'S-1' RETURNING 1");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_file_with_a_case_filed_after_the_closing_date_is_refused_naming_the_line()
    {
        const string csv = "source_system,source_id,court,category,filed_on,disposed_on,filing_channel\n" +
                           "f,1,S-1,civil,2023-06-30,,paper\nf,2,S-1,civil,2023-07-01,,paper\nf,3,S-1,civil,1999-12-31,,paper\n";

        var report = await _app.Get<CsvImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ImportOptions { Kind = "cases" });

        Assert.False(report.Written);
        Assert.Equal(2, report.RowsRejected);
        Assert.Contains("line 3, column filed_on: the court closed on 2023-06-30, before this filing ('2023-07-01')", report.Message);
        Assert.Contains("line 4, column filed_on: the court opened on 2000-01-01, after this filing ('1999-12-31')", report.Message);
    }

    [Fact]
    public async Task A_batch_with_a_case_filed_after_the_closing_date_is_refused_naming_the_item()
    {
        using var client = await _app.SourceSystemAsync();

        var response = await IngestApiApp.SendAsync(client,
            new { kind = "case_filed", case_id = "x-1", court = "S-1", category = "civil", filed_on = "2023-07-01", filing_channel = "paper" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the court closed on 2023-06-30, before this filing", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await _app.DataSource.ScalarAsync<long>("SELECT count(*) FROM cases WHERE source_id = 'x-1'"));
    }
}
