using CourtMetrics.Ingest;

namespace CourtMetrics.Tests.Ingest;

public sealed class BudgetLineImportTests(IngestApp app) : IClassFixture<IngestApp>
{
    private const string Header = "source_system,source_id,court,fiscal_year,item,allocated,spent,booked_on\n";

    [Fact]
    public async Task A_good_budget_file_is_written_and_importing_it_again_changes_nothing()
    {
        var csv = Header + """
            fin,G-1,N-1,2024,personnel,120000.50,,2024-01-01
            fin,G-2,N-1,2024,personnel,,9500.25,2024-02-29
            "fin","G-3","S-1","2023","Technology","","1200","2023-07-15"
            """;

        var first = await app.ImportAsync(csv, new ImportOptions { Kind = "budget-lines" });
        var stored = await app.StoredFactsAsync();
        var again = await app.ImportAsync(csv, new ImportOptions { Kind = "budget-lines" });

        Assert.True(first.Written, first.Message);
        Assert.Equal((3L, 3L, 0L), (first.RowsRead, first.RowsInserted, first.RowsUpdated));
        Assert.Equal((3L, 0L, 0L, 3L), (again.RowsRead, again.RowsInserted, again.RowsUpdated, again.RowsUnchanged));
        Assert.Equal(stored, await app.StoredFactsAsync());
        Assert.Equal(1, await app.ScalarAsync<int>(
            "SELECT count(*) FROM budget_lines WHERE source_id = 'G-1' AND court_id = 11 AND allocated = 120000.50 AND spent = 0"));
        Assert.Equal(1, await app.ScalarAsync<int>(
            "SELECT count(*) FROM budget_lines WHERE source_id = 'G-3' AND item = 'technology' AND fiscal_year = 2023 AND spent = 1200"));
    }

    [Fact]
    public async Task A_changed_line_is_updated_and_decimal_commas_are_read_with_a_semicolon_delimiter()
    {
        await app.ImportAsync(Header + "fin,C-1,N-2,2024,operations,,100,2024-03-01\n", new ImportOptions { Kind = "budget-lines" });

        var report = await app.ImportAsync(Header.Replace(',', ';') + "fin;C-1;N-2;2024;operations;;1234,56;2024-03-01\n",
            new ImportOptions { Kind = "budget-lines", Delimiter = ';', DecimalComma = true });

        Assert.Equal((0L, 1L), (report.RowsInserted, report.RowsUpdated));
        Assert.Equal(1234.56m, await app.ScalarAsync<decimal>("SELECT spent FROM budget_lines WHERE source_id = 'C-1'"));
    }

    [Fact]
    public async Task A_bad_budget_file_is_refused_naming_every_bad_row_and_changes_nothing()
    {
        var before = await app.StoredFactsAsync();

        var report = await app.ImportAsync(File.OpenRead(Path.Combine(IngestApp.BadInputs, "budget-lines-bad.csv")),
            new ImportOptions { Kind = "budget-lines" });

        Assert.False(report.Written);
        Assert.Equal(8, report.RowsRejected);
        foreach (var expected in ExpectedProblems) Assert.Contains(expected, report.Message);
        Assert.Equal(before, await app.StoredFactsAsync());
    }

    /// <summary>What the report of BadInputs/budget-lines-bad.csv says, line by line.</summary>
    public static readonly string[] ExpectedProblems =
    [
        "line 2, column source_id: duplicate id within the file with different values ('B-1 (lines 2, 9)')",
        "line 3, column court: unknown court code ('X-9')",
        "line 4, column spent: negative amount ('-5')",
        "line 5, column booked_on: date in the future ('2999-01-01')",
        "line 6, column booked_on: not a date (yyyy-mm-dd) ('2024-02-30')",
        "line 7, column fiscal_year: impossible year (before 1900) ('1850')",
        "line 8, column item: not personnel, operations, technology or capital ('travel')",
        "line 9, column source_id: duplicate id within the file with different values ('B-1 (lines 2, 9)')",
    ];
}
