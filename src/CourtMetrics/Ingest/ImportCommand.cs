using System.IO.Compression;
using CourtMetrics.Database;
using CourtMetrics.Exports;

namespace CourtMetrics.Ingest;

/// <summary>
/// `./run.sh import &lt;kind&gt; &lt;file&gt; [options]`: imports one CSV file (or a .gz of one) through the product's one import path,
/// with a progress bar, prints the report (every listed bad row, totals by reason), and exits: 0 when the file
/// was written, 1 when it was refused, 2 when the command itself is wrong. The site is not served.
/// </summary>
public static class ImportCommand
{
    public const string Usage = """
        usage: import <kind> <file> [--encoding cp1252] [--delimiter ';'] [--decimal-comma] [--thousands ,|.|'|space]
                                    [--accept-valid]
                                    [--rejected-out path] [--column product=source ...]
        """;

    /// <summary>True when the arguments asked for an import (done; the process's exit code is set).</summary>
    public static async Task<bool> RunImportIfAskedAsync(this WebApplication app, string[] args)
    {
        if (args is not ["import", ..]) return false;
        Environment.ExitCode = await RunAsync(app.Services, args[1..], Console.Out, terminal: !Console.IsOutputRedirected,
            app.Lifetime.ApplicationStopping);
        app.Services.GetService<LocalPostgresCluster>()?.Stop();
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, bool terminal,
        CancellationToken cancellationToken)
    {
        var (command, error) = ImportArguments.Parse(args);
        if (command is null)
        {
            output.WriteLine(error);
            output.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(command.File))
        {
            output.WriteLine($"There is no file {Path.GetFullPath(command.File)}.");
            return 2;
        }

        ImportReport report;
        await using (var file = new FileStream(command.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        {
            // A gzip file (DataJud's exports are) is read as it is: the bar follows the compressed bytes.
            await using Stream csv = command.File.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file;
            var bar = new ImportProgressBar(output, terminal, file.Length, () => file.Position);
            output.WriteLine($"Importing {command.Options.Kind} from {command.File} ({ImportProgressBar.Size(file.Length)}) …");
            report = await services.GetRequiredService<CsvImport>().ImportAsync(csv, command.Options,
                new ImportProgress(bar.RowsRead, bar.StepStarted), cancellationToken);
            bar.Done();
        }
        Print(report, output);
        if (report.Rejected is { } rejected)
        {
            // in the file's own separators, so that once fixed it is imported again with the same options
            var path = command.RejectedOut ?? command.File + ".rejected.csv";
            await File.WriteAllBytesAsync(path, CsvFile.Write(rejected,
                CsvConvention.WithSeparator(command.Options.Delimiter, command.Options.DecimalComma)), cancellationToken);
            output.WriteLine($"The {report.RowsRejected:N0} rejected rows, with their reasons, are in {path}.");
        }
        return report.Written ? 0 : 1;
    }

    /// <summary>The outcome, every listed problem (line, column, reason, value), then totals by reason.</summary>
    public static void Print(ImportReport report, TextWriter output)
    {
        output.Write(report.Message);
        if (report.ProblemCount == 0 || report.ProblemCount > report.Problems.Count) return;
        output.WriteLine("Totals by reason:");
        foreach (var total in report.Totals) output.WriteLine($"  {total.Reason}: {total.Problems:N0} ({total.Lines:N0} lines)");
    }
}

/// <summary>The command's arguments: kind and file, then options in any order.</summary>
public sealed record ImportArguments(string File, ImportOptions Options, string? RejectedOut)
{
    public static (ImportArguments? Command, string? Error) Parse(string[] args)
    {
        var positional = new List<string>();
        var columns = new List<string>();
        string? encoding = null, delimiter = null, rejectedOut = null, thousands = null;
        bool decimalComma = false, acceptValid = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--encoding": encoding = Value(); break;
                    case "--delimiter": delimiter = Value(); break;
                    case "--thousands": thousands = Value(); break;
                    case "--rejected-out": rejectedOut = Value(); break;
                    case "--column": columns.Add(Value()); break;
                    case "--decimal-comma": decimalComma = true; break;
                    case "--accept-valid": acceptValid = true; break;
                    case var option when option.StartsWith("--"): return (null, $"unknown option {option}");
                    default: positional.Add(args[i]); break;
                }
            }
            catch (ArgumentException e)
            {
                return (null, e.Message);
            }
        }
        if (positional.Count != 2) return (null, "give the kind and the file, e.g. import cases cases.csv");
        var (options, error) = ImportRequest.Parse(positional[0], encoding, delimiter, decimalComma, acceptValid, columns, thousands);
        return options is null ? (null, error!.ToString()) : (new ImportArguments(positional[1], options, rejectedOut), null);
    }
}
