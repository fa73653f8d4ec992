namespace CourtMetrics.Exports;

/// <summary>How a column's values are written: text (from a source or a person, never trusted), a number the product
/// computed, a share (0.75 is 75 %), a number of days, or a date.</summary>
public enum ExportKind { Text, Number, Share, Days, Date }

/// <summary>A column: its key (the CSV header, stable for scripts), its label in the reader's language (the XLSX
/// header) and its kind.</summary>
public sealed record ExportColumn(string Key, string Label, ExportKind Kind)
{
    public static ExportColumn Text(string key) => new(key, key, ExportKind.Text);
}

/// <summary>
/// The rows a file hands out, written by CsvFile or XlsxFile: one model, so a CSV and a workbook of the same data say
/// the same. A cell is a string (Text columns), a double (numeric columns), a DateOnly (Date columns) or null (empty).
/// Title and Notes head a workbook (what, of which scope and period, in which unit); CSV keeps to the header and rows.
/// </summary>
public sealed record ExportTable(IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
}
