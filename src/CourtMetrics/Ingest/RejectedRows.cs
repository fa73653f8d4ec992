using System.Text;
using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Ingest;

/// <summary>
/// The rows an AcceptValid import left out, as CSV in the file's delimiter: line, reasons, then the kind's
/// columns as they were read — so they can be fixed and imported again.
/// </summary>
internal static class RejectedRows
{
    public static async Task<string> CsvAsync(NpgsqlConnection connection, SqlFiles sql, ImportKind kind, char delimiter,
        NpgsqlTransaction transaction)
    {
        var columns = kind.Columns.Select(c => c.Name).ToList();
        var csv = new StringBuilder();
        AppendRow(csv, delimiter, ["line", "reasons", .. columns]);
        foreach (IDictionary<string, object?> row in await connection.QueryAsync(sql["ingest/rejected"], transaction: transaction))
            AppendRow(csv, delimiter, [row["rejected_line"]?.ToString(), row["rejected_reasons"] as string,
                .. columns.Select(c => row[c] as string)]);
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, char delimiter, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) csv.Append(delimiter);
            first = false;
            if (field is null) continue;
            if (field.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) < 0) csv.Append(field);
            else csv.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
        }
        csv.Append("\r\n");
    }
}
