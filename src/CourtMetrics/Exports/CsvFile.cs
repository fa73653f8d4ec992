using System.Globalization;
using System.Text;

namespace CourtMetrics.Exports;

/// <summary>
/// Every CSV the product hands out: UTF-8 with a byte-order mark (without it Excel reads Cyrillic as Latin-1), CRLF
/// line ends, fields quoted as RFC 4180 has it, numbers in the reader's convention, dates as yyyy-mm-dd (Excel reads
/// those in every locale). Text that a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting with
/// = + - @ tab or CR) is written after a ' so it shows as the text it is; the product's own numbers, negative too,
/// are numbers and stay so.
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(ExportTable table, CsvConvention convention) =>
        [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(Text(table, convention))];

    public static string Text(ExportTable table, CsvConvention convention)
    {
        var csv = new StringBuilder();
        AppendRow(csv, convention, table.Columns.Select(c => (object?)c.Key));
        foreach (var row in table.Rows) AppendRow(csv, convention, row);
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, CsvConvention convention, IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) csv.Append(convention.Separator);
            first = false;
            csv.Append(cell switch
            {
                null => "",
                double number => number.ToString("R", convention.Numbers),
                int number => number.ToString(convention.Numbers),
                long number => number.ToString(convention.Numbers),
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => Quoted(Neutralised(cell.ToString() ?? ""), convention.Separator),
            });
        }
        csv.Append("\r\n");
    }

    /// <summary>Text a spreadsheet would take for a formula, led by ' so that it is shown, not run.</summary>
    public static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quoted(string text, char separator) =>
        text.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) < 0 ? text : '"' + text.Replace("\"", "\"\"") + '"';
}
