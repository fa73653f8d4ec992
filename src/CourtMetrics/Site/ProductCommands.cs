using CommandLine.Text;
using CommandLine;
using CourtMetrics.Release;

namespace CourtMetrics.Site;

/// <summary>
/// The command line's front door (CommandLineParser): `--help` for the whole and for each command, `--version`, and a
/// clear error for an unknown command or option, all answered before anything starts (no database, no web host).
/// The commands themselves (Jobs/RebuildCommand, Ingest/ImportCommand, CourtSystem/CourtSystemCommand) then read the
/// same arguments. Options before any command stay the host's own (--environment, --contentRoot, --Section:Key=value).
/// </summary>
public static class ProductCommands
{
    [Verb("serve", HelpText = "Serve the dashboard, the APIs and the jobs (what no command does).")]
    public sealed class Serve;

    [Verb("rebuild", HelpText = "Recompute every aggregate from the facts in one transaction, then exit.")]
    public sealed class Rebuild;

    [Verb("import", HelpText = "Import a CSV file (cases, budget-lines, reports, yearly-statistics; .gz too) or a court-system JSON file, then exit.")]
    public sealed class Import
    {
        [Value(0, MetaName = "kind", Required = true, HelpText = "What the file holds: cases, budget-lines, reports, yearly-statistics or court-system.")]
        public string Kind { get; set; } = "";

        [Value(1, MetaName = "file", Required = true, HelpText = "The file: CSV (or .csv.gz), or JSON for court-system.")]
        public string File { get; set; } = "";

        [Option("encoding", HelpText = "The file's text encoding, e.g. cp1252, windows-1251 (default UTF-8).")]
        public string? Encoding { get; set; }

        [Option("delimiter", HelpText = "The column separator, e.g. ';' (default ',').")]
        public string? Delimiter { get; set; }

        [Option("decimal-comma", HelpText = "Numbers write their decimals after a comma.")]
        public bool DecimalComma { get; set; }

        [Option("thousands", HelpText = "The thousands separator in numbers: , . ' or space.")]
        public string? Thousands { get; set; }

        [Option("accept-valid", HelpText = "Write the valid rows even when some are bad (they are reported).")]
        public bool AcceptValid { get; set; }

        [Option("rejected-out", HelpText = "Where to write the rejected rows with their reasons (default <file>.rejected.csv).")]
        public string? RejectedOut { get; set; }

        [Option("column", HelpText = "Map a product column to the file's: product=source, source+source, or a 'constant'; repeatable.")]
        public IEnumerable<string> Columns { get; set; } = [];

        [Option("dry-run", HelpText = "court-system only: list the changes without writing them.")]
        public bool DryRun { get; set; }
    }

    private static readonly Dictionary<Type, string> Usages = new()
    {
        [typeof(Serve)] = "[serve] [--Section:Key=value ...]",
        [typeof(Rebuild)] = "rebuild",
        [typeof(Import)] = "import <kind> <file> [options]",
    };

    /// <summary>The exit code when the command line is answered here (help, version, a mistake); null to go on.</summary>
    public static int? Answer(string[] args, TextWriter output)
    {
        // No command, or host options first: the site, configured as ASP.NET Core reads its command line.
        if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("--help" or "-h" or "--version"))) return null;
        if (args is ["serve", ..] && !args.Contains("--help")) return null;
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.AllowMultiInstance = true;
            settings.CaseSensitive = true;
        });
        var result = parser.ParseArguments<Serve, Rebuild, Import>(args);
        if (result.Tag == ParserResultType.Parsed) return null;
        var errors = result.Errors.ToList();
        if (errors.IsVersion())
        {
            output.WriteLine($"CourtMetrics {ProductVersion.Current}");
            return 0;
        }
        output.WriteLine(HelpText.AutoBuild(result, help =>
        {
            help.Heading = $"CourtMetrics {ProductVersion.Current}";
            help.Copyright = "Usage: ./run.sh " + (Usages.TryGetValue(result.TypeInfo.Current, out var usage) ? usage : "[command] [options]")
                + "   (./run.sh is dotnet CourtMetrics.dll with the prerequisites installed)";
            help.AddDashesToOption = true;
            return HelpText.DefaultParsingErrorsHandler(result, help);
        }, example => example, verbsIndex: !Usages.ContainsKey(result.TypeInfo.Current), maxDisplayWidth: 110));
        return errors.IsHelp() ? 0 : 2;
    }
}
