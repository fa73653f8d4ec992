using System.Text;
using CourtMetrics.Ingest;
using CourtMetrics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CourtMetrics.Tests.Ingest;

public sealed class CaseImportTests(IngestApp app) : IClassFixture<IngestApp>
{
    private const string Header = "source_system,source_id,court,category,filed_on,disposed_on,filing_channel,extraterritorial,ai_assisted\n";

    [Fact]
    public async Task A_good_file_is_written_and_importing_it_again_changes_nothing()
    {
        var csv = Header + """
            cms,A-1,N-1,civil,2024-01-10,2024-03-01,electronic,false,true
            cms,A-2,N-2,criminal,2024-01-11,,paper,true,false
            "cms","A-3","S-1","civil","2024-02-01","","PAPER","",""
            """;

        var first = await app.ImportAsync(csv, new ImportOptions { Kind = "cases" });
        var stored = await app.StoredFactsAsync();
        var again = await app.ImportAsync(csv, new ImportOptions { Kind = "cases" });

        Assert.True(first.Written, first.Message);
        Assert.Equal((3L, 3L, 0L), (first.RowsRead, first.RowsInserted, first.RowsUpdated));
        Assert.Equal((3L, 0L, 0L, 3L), (again.RowsRead, again.RowsInserted, again.RowsUpdated, again.RowsUnchanged));
        Assert.Equal(stored, await app.StoredFactsAsync());
        Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_id = 'A-1' AND ai_assisted AND filing_channel = 'electronic'"));
        Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_id = 'A-3' AND filing_channel = 'paper' AND NOT extraterritorial"));
    }

    [Fact]
    public async Task A_changed_row_updates_the_stored_case_and_feeds_the_measures()
    {
        await app.ImportAsync(Header + "cms,U-1,S-1,criminal,2022-03-10,,paper,false,false\n", new ImportOptions { Kind = "cases" });

        var report = await app.ImportAsync(Header + "cms,U-1,S-1,criminal,2022-03-10,2022-03-20,paper,false,false\n", new ImportOptions { Kind = "cases" });
        await app.AggregateAsync();

        Assert.Equal((0L, 1L), (report.RowsInserted, report.RowsUpdated));
        var series = await app.Get<MeasureReader>().ReadAsync(new MeasureQuery("case-flow", [21], null, "criminal", "range", new(2022, 3, 1), new(2022, 3, 31)));
        var march = Assert.Single(series.Points);
        Assert.Equal((1.0, 1.0), (march.Values["incoming"], march.Values["resolved"]));
    }

    [Fact]
    public async Task With_accept_valid_the_good_rows_are_written_and_the_bad_ones_come_back_as_csv()
    {
        var csv = Header + """
            cms,V-1,N-1,civil,2024-01-10,,paper,false,false
            cms,V-2,Z-0,civil,2024-01-10,,fax,false,false
            cms,V-3,N-1,civil,2024-01-10,,paper,false,false
            """;

        var report = await app.ImportAsync(csv, new ImportOptions { Kind = "cases", AcceptValid = true });

        Assert.True(report.Written);
        Assert.Equal((2L, 1L), (report.RowsInserted, report.RowsRejected));
        Assert.Equal(0, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_id = 'V-2'"));
        var lines = CourtMetrics.Exports.CsvFile.Text(report.Rejected!, CourtMetrics.Exports.CsvConvention.Comma).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,reasons,source_system,source_id,court,category,filed_on,disposed_on,filing_channel,extraterritorial,ai_assisted", lines[0]);
        Assert.Equal("3,court: unknown court code; filing_channel: not electronic or paper,cms,V-2,Z-0,civil,2024-01-10,,fax,false,false", lines[1]);
    }

    [Fact]
    public async Task A_foreign_file_imports_through_a_header_mapping_in_its_own_encoding_and_delimiter()
    {
        var csv = "Sistema;Número;Tribunal;Matéria;Data de entrada;Baixa;Meio\r\n" +
                  "legado;Nº 1;N-1;civil;2023-07-01;;paper\r\n" +
                  "legado;Nº 2;S-1;criminal;2023-07-02;2023-08-01;electronic\r\n";
        var options = new ImportOptions
        {
            Kind = "cases", Encoding = "windows-1252", Delimiter = ';',
            Columns = new Dictionary<string, string>
            {
                ["source_system"] = "sistema", ["source_id"] = "NÚMERO", ["court"] = "Tribunal", ["category"] = "Matéria",
                ["filed_on"] = "Data de entrada", ["disposed_on"] = "Baixa", ["filing_channel"] = "Meio",
            },
        };

        var report = await app.ImportAsync(new MemoryStream(Encoding.GetEncoding(1252).GetBytes(csv)), options);

        Assert.Equal(2L, report.RowsInserted);
        Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_system = 'legado' AND source_id = 'Nº 2' AND disposed_on = '2023-08-01'"));
    }

    [Fact]
    public async Task Progress_is_reported_in_rows_read_and_a_file_over_the_row_limit_writes_nothing()
    {
        var rows = string.Concat(Enumerable.Range(1, 120_000).Select(i => $"big,{i},N-1,civil,2023-01-01,,paper,,\n"));
        var progress = new List<long>();
        var before = await app.StoredFactsAsync();

        var limited = new CsvImport(app.DataSource, app.Get<CourtMetrics.Database.SqlFiles>(), app.Get<CourtMetrics.Jobs.AggregationRequests>(),
            Microsoft.Extensions.Options.Options.Create(new IngestOptions { MaxRows = 100_000 }),
            app.Services.GetRequiredService<ILogger<CsvImport>>());
        var report = await limited.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + rows)), new ImportOptions { Kind = "cases" }, progress.Add);

        Assert.False(report.Written);
        Assert.Contains("line 100002, column (file): the file has more than 100,000 rows", report.Message);
        Assert.Equal([50_000L, 100_000L], progress);
        Assert.Equal(before, await app.StoredFactsAsync());
    }
}
