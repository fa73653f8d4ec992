using CourtMetrics.Site;
using System.Diagnostics;
using CourtMetrics.Ingest;
using CourtMetrics.Database;

namespace CourtMetrics.Tests.Ingest;

/// <summary>`./run.sh import`: the command prints progress and the report, writes the database, and exits 0 or 1.</summary>
public sealed class ImportCommandTests(IngestApp app) : IClassFixture<IngestApp>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("courtmetrics-import-").FullName;

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(app.Services, args, output, terminal: false, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_good_file_is_imported_with_progress_and_steps_and_exits_zero()
    {
        var file = File("budget.csv", "Quelle;Nummer;court;fiscal_year;item;allocated;spent;booked_on\n" +
                                      "fin;K-1;N-1;2024;capital;50000,75;;2024-01-01\nfin;K-2;S-1;2024;operations;;12,5;2024-05-06\n");

        var (exitCode, output) = await RunAsync("budget-lines", file, "--delimiter", ";", "--decimal-comma",
            "--column", "source_system=Quelle", "--column", "source_id=Nummer");

        Assert.Equal(0, exitCode);
        Assert.Contains("Reading the file into staging …", output);
        Assert.Contains("  read 100 % · 2 rows · ", output);
        Assert.Contains("Checking every row …", output);
        Assert.Contains("Merging the good rows …", output);
        Assert.Contains("budget-lines: 2 rows read, 2 inserted, 0 updated, 0 unchanged, 0 rejected.", output);
        Assert.Equal(50000.75m, await app.ScalarAsync<decimal>("SELECT allocated FROM budget_lines WHERE source_id = 'K-1'"));
    }

    [Fact]
    public async Task A_bad_file_prints_every_bad_row_and_the_totals_writes_nothing_and_exits_one()
    {
        var before = await app.StoredFactsAsync();

        var (exitCode, output) = await RunAsync("budget-lines", Path.Combine(IngestApp.BadInputs, "budget-lines-bad.csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains("budget-lines: nothing written; 8 of 8 rows are bad (8 problems).", output);
        foreach (var expected in BudgetLineImportTests.ExpectedProblems) Assert.Contains(expected, output);
        Assert.Contains("Totals by reason:\n  duplicate id within the file with different values: 2 (2 lines)\n", output.Replace("\r\n", "\n"));
        Assert.DoesNotContain("Merging", output);
        Assert.Equal(before, await app.StoredFactsAsync());
    }

    [Fact]
    public async Task With_accept_valid_the_good_rows_are_written_and_the_rejected_ones_saved_where_asked()
    {
        var rejected = Path.Combine(_directory, "rejected.csv");

        var (exitCode, output) = await RunAsync("budget-lines", Path.Combine(IngestApp.BadInputs, "budget-lines-bad.csv"),
            "--accept-valid", "--rejected-out", rejected);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 inserted, 0 updated, 0 unchanged, 8 rejected.", output);
        Assert.Contains($"The 8 rejected rows, with their reasons, are in {rejected}.", output);
        var lines = System.IO.File.ReadAllLines(rejected);
        Assert.Equal("line,reasons,source_system,source_id,court,fiscal_year,item,allocated,spent,booked_on", lines[0]);
        Assert.Equal("3,court: unknown court code,fin,B-2,X-9,2024,operations,,20,2024-02-03", lines[2]);
    }

    [Theory]
    [InlineData("parcels x.csv", "kind must be one of cases, yearly-statistics, budget-lines")]
    [InlineData("cases x.csv --encoding klingon", "encoding 'klingon' is not known")]
    [InlineData("cases x.csv --decimal-comma", "delimiter ',' cannot be used with a decimal comma")]
    [InlineData("cases x.csv --column court", "column mapping 'court' is not product=source")]
    [InlineData("cases x.csv --fast", "unknown option --fast")]
    [InlineData("cases", "give the kind and the file")]
    [InlineData("cases missing.csv", "There is no file")]
    public async Task A_wrong_command_says_what_is_wrong_and_exits_two(string args, string expected)
    {
        var (exitCode, output) = await RunAsync(args.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, output);
    }

    [Fact]
    public async Task The_program_run_as_a_process_imports_and_exits_without_serving()
    {
        var good = File("cases.csv", "source_system,source_id,court,category,filed_on,disposed_on,filing_channel\n" +
                                     "cms,P-1,N-1,civil,2024-01-10,,paper\n");
        var bad = File("bad.csv", "source_system,source_id,court,category,filed_on,disposed_on,filing_channel\n" +
                                  "cms,P-2,Z-0,civil,2024-01-10,,paper\n");

        var (goodExit, goodOutput) = await RunProgramAsync("import", "cases", good);
        var (badExit, badOutput) = await RunProgramAsync("import", "cases", bad);

        Assert.True(goodExit == 0, goodOutput);
        Assert.Contains("cases: 1 rows read, 1 inserted", goodOutput);
        Assert.Equal(1, badExit);
        Assert.Contains("line 2, column court: unknown court code ('Z-0')", badOutput);
        Assert.Equal(1, await app.ScalarAsync<int>("SELECT count(*) FROM cases WHERE source_id IN ('P-1', 'P-2')"));
    }

    private async Task<(int ExitCode, string Output)> RunProgramAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CourtMetrics.dll"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = RepositoryLayout.Root(AppContext.BaseDirectory),
            Environment =
            {
                ["ConnectionStrings__CourtMetrics"] = app.ConnectionString,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Simulation__Enabled"] = "false",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
