using System.Text;
using CourtMetrics.Ingest;
using CourtMetrics.Tests.Simulation;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// Reported statistics from CSV: periods of every length (fiscal years too), numbers as exported files write them,
/// one report per court, category and period, and files refused whole naming every bad line and column.
/// </summary>
[Trait("Calendar", "today")]
public sealed class ReportImportTests : AppTests
{
    private const string Header = "court,category,period,incoming,resolved,pending_start,pending_end,spending\n";

    private async Task<ImportReport> ImportAsync(string csv, ImportOptions? options = null) =>
        await App.Get<CsvImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), options ?? new ImportOptions { Kind = "reports" });

    private async Task<List<(string Court, string? Category, DateTime Start, DateTime End, long Incoming)>> StoredAsync()
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, string?, DateTime, DateTime, long)>("""
            SELECT c.code, k.code, r.period_start, r.period_end, r.incoming
            FROM reported_statistics r JOIN courts c ON c.id = r.court_id LEFT JOIN case_categories k ON k.id = r.category_id
            ORDER BY c.code, r.period_start, k.code
            """)).ToList();
    }

    [Fact]
    public async Task Periods_of_every_length_and_fiscal_years_are_stored_as_their_days_and_a_second_import_changes_nothing()
    {
        await App.DataSource.ScalarAsync<int>("UPDATE court_system_settings SET fiscal_year_start_month = 7 RETURNING 1");
        var csv = Header + """
            N-1,civil,2023-07,"1,210",1100,500,610,
            N-1,civil,2023-Q4,300,280,610,630,
            N-1,criminal,2023-H2,90,80,10,20,
            N-2,,FY2023,"11,608","10,002",2000,3606,"1,234,567.89"
            S-1,,2022-01-01/2022-12-31,5,5,0,0,
            """;

        var first = await ImportAsync(csv, new ImportOptions { Kind = "reports", Thousands = "," });
        var again = await ImportAsync(csv, new ImportOptions { Kind = "reports", Thousands = "," });

        Assert.True(first.Written, first.Message);
        Assert.Equal((5L, 5L, 0L), (first.RowsRead, first.RowsInserted, first.RowsUpdated));
        Assert.Equal((0L, 0L, 5L), (again.RowsInserted, again.RowsUpdated, again.RowsUnchanged));
        Assert.Equal([
            ("N-1", "civil", new DateTime(2023, 7, 1), new DateTime(2023, 7, 31), 1210L),
            ("N-1", "criminal", new DateTime(2023, 7, 1), new DateTime(2023, 12, 31), 90L),
            ("N-1", "civil", new DateTime(2023, 10, 1), new DateTime(2023, 12, 31), 300L),
            // FY2023 with fiscal years from July: July 2022 to June 2023, named by the year it ends in.
            ("N-2", null, new DateTime(2022, 7, 1), new DateTime(2023, 6, 30), 11608L),
            ("S-1", null, new DateTime(2022, 1, 1), new DateTime(2022, 12, 31), 5L),
        ], await StoredAsync());
        Assert.Equal(1234567.89m, await App.DataSource.ScalarAsync<decimal>("SELECT spending FROM reported_statistics WHERE spending IS NOT NULL"));
    }

    [Fact]
    public async Task A_decimal_comma_file_with_point_separated_thousands_is_read_and_the_separator_is_never_taken_for_a_decimal()
    {
        var report = await ImportAsync("court;period;incoming;spending\nN-1;2023;1.234;1.234.567,5\n",
            new ImportOptions { Kind = "reports", Delimiter = ';', DecimalComma = true, Thousands = "." });
        Assert.True(report.Written, report.Message);
        Assert.Equal(1234567.5m, await App.DataSource.ScalarAsync<decimal>("SELECT spending FROM reported_statistics"));

        var refused = await ImportAsync("court,period,incoming\nS-1,2023,\"1,5\"\n", new ImportOptions { Kind = "reports", Thousands = "," });
        Assert.Contains("line 2, column incoming: not a number ('1,5')", refused.Message);
    }

    [Fact]
    public async Task A_bad_report_file_is_refused_whole_naming_each_line_and_column()
    {
        await ImportAsync(Header + "N-1,civil,2022,100,90,0,10,\n");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = Header + $"""
            X-9,civil,2023,1,1,0,0,
            N-1,family,2023,1,1,0,0,
            N-1,civil,2023-13,1,1,0,0,
            N-1,civil,{today.Year + 1},1,1,0,0,
            N-2,,2023,10,5,0,5,
            N-2,civil,2023-03,1,1,0,0,
            N-1,civil,2022-06,5,5,0,0,
            S-1,criminal,2021-Q1,-3,1,0,0,
            S-1,criminal,2021-Q1,3,1,0,2,
            """;

        var report = await ImportAsync(csv);

        Assert.False(report.Written);
        var message = report.Message;
        Assert.Contains("line 2, column court: unknown court code ('X-9')", message);
        Assert.Contains("line 3, column category: unknown category code ('family')", message);
        Assert.Contains("line 4, column period: not a period (2023, 2023-07, 2023-Q3, 2023-H2, FY2023 or 2022-07-01/2023-06-30) ('2023-13')", message);
        Assert.Contains($"line 5, column period: period not over yet (ends {today.Year + 1}-12-31)", message);
        // A yearly report of all categories beside a monthly one of a category would count March twice.
        Assert.Contains("line 6, column period: overlaps the report on line 7 (2023-03-01 – 2023-03-31) ('2023')", message);
        Assert.Contains("line 8, column period: overlaps the stored report of civil for 2022-01-01 – 2022-12-31 ('2022-06')", message);
        Assert.Contains("line 9, column incoming: negative amount ('-3')", message);
        Assert.Contains("line 10, column period: court, category and period repeated within the file (line 9) ('2021-Q1')", message);
        Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task A_court_closed_before_a_period_is_refused_and_pending_that_does_not_add_up_is_stored_with_a_warning()
    {
        await App.DataSource.ScalarAsync<int>("UPDATE courts SET closed_on = '2022-12-31' WHERE code = 'S-1' RETURNING 1");

        var report = await ImportAsync(Header + "S-1,,2023,1,1,0,0,\n");
        Assert.Contains("line 2, column period: the court closed on 2022-12-31, before the period ('2023')", report.Message);

        var warned = await ImportAsync(Header + "N-1,,2023,100,80,50,75,\n");
        Assert.True(warned.Written, warned.Message);
        Assert.Contains("1 warning (written as given):", warned.Message);
        Assert.Contains("line 2, column pending_end: pending at the end (75) is not pending at the start + incoming − resolved (70): stored as reported, a difference of 5 ('75')", warned.Message);
        Assert.Equal(75, await App.DataSource.ScalarAsync<long>("SELECT pending_end FROM reported_statistics"));
    }
}
