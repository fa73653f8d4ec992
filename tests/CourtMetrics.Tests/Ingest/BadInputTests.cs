using CourtMetrics.Ingest;

namespace CourtMetrics.Tests.Ingest;

/// <summary>Each file of BadInputs/ is refused as a whole: the report names the line and column, nothing changes.</summary>
public sealed class BadInputTests(IngestApp app) : IClassFixture<IngestApp>
{
    [Theory]
    [InlineData("malformed-row.csv", "cases", "line 3, column disposed_on: malformed row: 5 fields, the header has 9")]
    [InlineData("unknown-court.csv", "cases", "line 2, column court: unknown court code ('X-9')")]
    [InlineData("future-date.csv", "cases", "line 3, column filed_on: date in the future ('2999-01-01')")]
    [InlineData("impossible-date.csv", "cases", "line 2, column filed_on: not a date (yyyy-mm-dd) ('2023-02-30')")]
    [InlineData("disposition-before-filing.csv", "cases", "line 2, column disposed_on: disposed before it was filed ('2024-04-01')")]
    [InlineData("duplicate-ids.csv", "cases", "line 4, column source_id: duplicate id within the file with different values ('7 (lines 2, 4)')")]
    [InlineData("negative-amount.csv", "yearly-statistics", "line 3, column spending: negative amount ('-5')")]
    [InlineData("wrong-encoding.csv", "cases", "line 3, column source_system: text that is not valid utf-8: is the file in another encoding?")]
    [InlineData("invalid-utf8-and-nul.csv", "cases", "line 2, column filing_channel: text that is not valid utf-8: is the file in another encoding? ('pa\uFFFD\uFFFDper')")]
    [InlineData("long-id.csv", "cases", "line 3, column source_id: longer than 200 characters")]
    [InlineData("garbage.csv", "cases", "line 1, column source_system: required column missing from the header")]
    [InlineData("missing-header.csv", "cases", "line 1, column filed_on: required column missing from the header")]
    public async Task A_bad_file_is_refused_naming_line_and_column_and_changes_nothing(string file, string kind, string expected)
    {
        var before = await app.StoredFactsAsync();

        var report = await app.ImportAsync(File.OpenRead(Path.Combine(IngestApp.BadInputs, file)), new ImportOptions { Kind = kind });

        Assert.False(report.Written);
        Assert.Contains(expected, report.Message);
        Assert.Equal(before, await app.StoredFactsAsync());
    }

    [Fact]
    public async Task An_identical_repeated_row_is_reported_and_with_accept_valid_counted_once()
    {
        const string csv = """
            source_system,source_id,court,category,filed_on,disposed_on,filing_channel,extraterritorial,ai_assisted
            rep,9,N-1,civil,2024-01-10,,paper,false,false
            rep,9,N-1,civil,2024-01-10,,paper,false,false
            rep,9,N-1,civil,2024-01-10,,paper,false,false
            """;

        var strict = await app.ImportAsync(csv, new ImportOptions { Kind = "cases" });
        var accepting = await app.ImportAsync(csv, new ImportOptions { Kind = "cases", AcceptValid = true });

        Assert.False(strict.Written);
        Assert.Contains("line 3, column source_id: repeated row, identical to an earlier line: counted once ('9 (lines 2, 3, 4)')", strict.Message);
        Assert.Equal([3, 4], strict.Problems.Select(p => p.Line));
        Assert.Equal((1L, 2L), (accepting.RowsInserted, accepting.RowsRejected));
        Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_system = 'rep'"));
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_on_every_line_that_has_it()
    {
        var report = await app.ImportAsync(File.OpenRead(Path.Combine(IngestApp.BadInputs, "duplicate-ids.csv")), new ImportOptions { Kind = "cases" });

        Assert.Equal([2, 4], report.Problems.Select(p => p.Line));
        Assert.Equal(2, report.RowsRejected);
    }
}
