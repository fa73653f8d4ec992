using System.Text;
using CourtMetrics.Exports;

namespace CourtMetrics.Ingest;

/// <summary>One bad field (or row, or header): the file line, the column as the file names it, why, and the text.</summary>
public sealed record ImportProblem(int Line, string Column, string Reason, string? Value)
{
    public override string ToString() =>
        $"line {Line}, column {Column}: {Reason}{(Value is null ? "" : $" ('{Truncated(Value)}')")}";

    private static string Truncated(string text) => text.Length > 80 ? text[..80] + "…" : text;
}

public sealed record ProblemTotal(string Reason, long Problems, long Lines);

/// <summary>
/// The outcome of an import. Written is false when nothing was written (a bad row without AcceptValid, a file
/// over the limits). Problems lists the first problems in full; Totals counts every problem by reason.
/// </summary>
public sealed record ImportReport(
    string Kind,
    bool Written,
    long RowsRead,
    long RowsInserted,
    long RowsUpdated,
    long RowsRejected,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<ProblemTotal> Totals,
    ExportTable? Rejected,
    IReadOnlyList<ImportProblem>? Warnings = null)
{
    public long RowsUnchanged => Written ? RowsRead - RowsRejected - RowsInserted - RowsUpdated : 0;
    public long ProblemCount => Totals.Sum(t => t.Problems);

    /// <summary>What a person reads: the outcome, each listed problem on its own line, then totals by reason.</summary>
    public string Message
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine(Written
                ? $"{Kind}: {RowsRead:N0} rows read, {RowsInserted:N0} inserted, {RowsUpdated:N0} updated, {RowsUnchanged:N0} unchanged, {RowsRejected:N0} rejected."
                : $"{Kind}: nothing written; {RowsRejected:N0} of {RowsRead:N0} rows are bad ({ProblemCount:N0} problems).");
            foreach (var problem in Problems) text.AppendLine(problem.ToString());
            if (Warnings is { Count: > 0 } warnings)
            {
                text.AppendLine($"{warnings.Count:N0} warning{(warnings.Count == 1 ? "" : "s")} (written as given):");
                foreach (var warning in warnings) text.AppendLine(warning.ToString());
            }
            if (ProblemCount > Problems.Count)
            {
                text.AppendLine($"… {ProblemCount - Problems.Count:N0} more problems. Totals by reason:");
                foreach (var total in Totals) text.AppendLine($"  {total.Reason}: {total.Problems:N0} ({total.Lines:N0} lines)");
            }
            return text.ToString();
        }
    }
}

/// <summary>The file is over a limit of IngestOptions: the import stops and writes nothing.</summary>
public sealed class ImportLimitException(string message) : Exception(message);
