namespace CourtMetrics.Tests.Ingest;

/// <summary>The sample files linked from the upload page and the README import as they are into the demo system.</summary>
public sealed class SampleFileTests(DemoIngestApp app) : IClassFixture<DemoIngestApp>
{
    [Theory]
    [InlineData("cases", 8)]
    [InlineData("budget-lines", 8)]
    [InlineData("yearly-statistics", 5)]
    public async Task Each_sample_file_imports_into_the_demo_court_system_without_a_problem(string kind, long rows)
    {
        var report = await app.ImportSampleAsync(kind);

        Assert.True(report.Written, report.Message);
        Assert.Empty(report.Problems);
        Assert.Equal((rows, rows), (report.RowsRead, report.RowsInserted + report.RowsUnchanged));
    }

    [Fact]
    public async Task The_sample_cases_are_stored_in_their_demo_courts_and_categories()
    {
        await app.ImportSampleAsync("cases");

        Assert.Equal(8, await app.ScalarAsync<long>("""
            SELECT count(*) FROM cases c JOIN courts t ON t.id = c.court_id JOIN case_categories k ON k.id = c.category_id
            WHERE c.source_system = 'sample'
            """));
    }
}
