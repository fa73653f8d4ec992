using CourtMetrics.Database;
using CourtMetrics.Exports;
using Dapper;
using Npgsql;

namespace CourtMetrics.Ingest;

/// <summary>
/// The rows an AcceptValid import left out: line, reasons, then the kind's columns as they were read — so they can be
/// fixed and imported again. The values are the source's text, written as text (CsvFile and XlsxFile keep a value
/// such as =HYPERLINK(…) from running as a formula when an administrator opens the file).
/// </summary>
internal static class RejectedRows
{
    public static async Task<ExportTable> ReadAsync(NpgsqlConnection connection, SqlFiles sql, ImportKind kind, NpgsqlTransaction transaction)
    {
        var columns = kind.Columns.Select(c => c.Name).ToList();
        var rows = new List<object?[]>();
        foreach (IDictionary<string, object?> row in await connection.QueryAsync(sql["ingest/rejected"], transaction: transaction))
            rows.Add([row["rejected_line"] is { } line ? Convert.ToInt64(line) : null, row["rejected_reasons"] as string,
                .. columns.Select(c => row[c] as string)]);
        return new ExportTable([new("line", "line", ExportKind.Number), ExportColumn.Text("reasons"), .. columns.Select(ExportColumn.Text)], rows);
    }
}
