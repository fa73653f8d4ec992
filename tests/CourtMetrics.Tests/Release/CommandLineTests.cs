using System.Diagnostics;
using CourtMetrics.Release;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Release;

/// <summary>`--help` for the whole and each command, answered before anything starts; mistakes named.</summary>
[Trait("Category", "Unit")]
public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_answers_at_once_without_a_database_or_a_web_host()
    {
        // The built app as an operator runs it, pointed at a database that is not there: a start would fail or hang.
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CourtMetrics.dll"), "--help" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["ConnectionStrings__CourtMetrics"] = "Host=127.0.0.1;Port=1;Database=none;Timeout=1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);

        Assert.Equal(0, process.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        foreach (var command in new[] { "serve", "rebuild", "import" }) Assert.Contains($"  {command} ", output);
        Assert.Contains($"CourtMetrics {ProductVersion.Current}", output);
    }

    [Theory]
    [InlineData("import --help", "Usage: ./run.sh import <kind> <file> [options]", "--accept-valid", "--dry-run")]
    [InlineData("rebuild --help", "Usage: ./run.sh rebuild", "--help", "--version")]
    [InlineData("serve --help", "Usage: ./run.sh [serve]", "--help", "--version")]
    public void Each_command_has_its_own_help(string line, string usage, string option, string another)
    {
        var output = new StringWriter();

        Assert.Equal(0, ProductCommands.Answer(line.Split(' '), output));
        Assert.Contains(usage, output.ToString());
        Assert.Contains(option, output.ToString());
        Assert.Contains(another, output.ToString());
    }

    [Theory]
    [InlineData("import cases cases.csv --acept-valid", "Option 'acept-valid' is unknown.")]
    [InlineData("rebiuld", "Verb 'rebiuld' is not recognized.")]
    [InlineData("import cases", "A required value not bound to option name is missing.")]
    public void A_mistake_is_named_with_the_usage_and_exits_2(string line, string error)
    {
        var output = new StringWriter();

        Assert.Equal(2, ProductCommands.Answer(line.Split(' '), output));
        Assert.Contains(error, output.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--environment=Development --contentRoot=/tmp")]
    [InlineData("serve --Accounts:PublicShowcase=false")]
    [InlineData("import court-system docs/examples/br-tjrr.court-system.json --dry-run")]
    [InlineData("rebuild")]
    public void A_well_formed_line_goes_on_to_the_app(string line) =>
        Assert.Null(ProductCommands.Answer(line.Split(' ', StringSplitOptions.RemoveEmptyEntries), new StringWriter()));
}
